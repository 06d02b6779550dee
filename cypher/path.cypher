// The shortest path between two entities through what links them in the world: events they take part in
// (INVOLVES), moves (OF, FROM, TO) and affiliations; articles and aliases are not steps. The search stops at 12
// relationships; a shortest path longer than $maxHops gives no row.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
MATCH p = SHORTEST 1 (a)-[:INVOLVES|OF|FROM|TO|AFFILIATED_WITH]-{1,12}(b)
WHERE length(p) <= $maxHops
RETURN [n IN nodes(p) | {
          key: n.key,
          labels: labels(n),
          name: CASE
            WHEN n:Event THEN n.type + coalesce(' ' + n.date, '')
            WHEN n:Move THEN 'MOVE' + coalesce(' ' + n.date, '')
            ELSE n.name
          END
        }] AS nodes,
       [r IN relationships(p) | {
          type: type(r),
          from: startNode(r).key,
          to: endNode(r).key,
          properties: CASE type(r)
            WHEN 'INVOLVES' THEN {role: r.role}
            WHEN 'AFFILIATED_WITH' THEN {start: r.start, end: r.end, current: r.current}
            ELSE {}
          END
        }] AS relationships
