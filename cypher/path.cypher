// The shortest path between the entities $from and $to (keys) through what links them in the world: each step
// goes from an entity to an event it takes part in (INVOLVES) or a move it is part of (OF, FROM, TO), and on to
// another entity of that event or move. Articles, aliases and affiliations are not steps (an affiliation is
// derived from moves, which are steps and carry the sentence). At most $maxHops steps, 1 to 6 (PathQuery.MAX_HOPS).
// Among the few shortest paths found, the best reported one wins, then keys decide, so the answer is the same
// each time. One row per step, in order; no row when there is no path.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
// the search is bounded by $maxHops itself (a bound written in the pattern prunes the search; a filter on the
// length afterwards would not), so one branch per bound, of which only the one for $maxHops runs; the steps name
// no labels, as these relationship types only ever link an event or move to an entity (checking labels on every
// node the search reaches made it a third slower at 1M events)
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = SHORTEST 4 (a) (()-[:INVOLVES|OF|FROM|TO]-()-[:INVOLVES|OF|FROM|TO]-()){1,1} (b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 2
  MATCH p = SHORTEST 4 (a) (()-[:INVOLVES|OF|FROM|TO]-()-[:INVOLVES|OF|FROM|TO]-()){1,2} (b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 3
  MATCH p = SHORTEST 4 (a) (()-[:INVOLVES|OF|FROM|TO]-()-[:INVOLVES|OF|FROM|TO]-()){1,3} (b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 4
  MATCH p = SHORTEST 4 (a) (()-[:INVOLVES|OF|FROM|TO]-()-[:INVOLVES|OF|FROM|TO]-()){1,4} (b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 5
  MATCH p = SHORTEST 4 (a) (()-[:INVOLVES|OF|FROM|TO]-()-[:INVOLVES|OF|FROM|TO]-()){1,5} (b)
  RETURN p
  UNION
  WITH a, b WHERE $maxHops = 6
  MATCH p = SHORTEST 4 (a) (()-[:INVOLVES|OF|FROM|TO]-()-[:INVOLVES|OF|FROM|TO]-()){1,6} (b)
  RETURN p
}
WITH p, length(p) AS length,
     reduce(s = 0, n IN nodes(p) | s + size([(n)-[:REPORTED_IN]->(article:Article) | article.id])) AS reports,
     [n IN nodes(p) | n.key] AS keys
ORDER BY length, reports DESC, keys
LIMIT 1
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) / 2 - 1) AS step
WITH step, ns[2 * step] AS left, rs[2 * step] AS toLink, ns[2 * step + 1] AS link, rs[2 * step + 1] AS fromLink,
     ns[2 * step + 2] AS right
CALL (link) {
  OPTIONAL MATCH (link:Move)-[:OF]->(person:Entity)
  RETURN person.name AS mover
}
CALL (link) {
  OPTIONAL MATCH (link)-[report:REPORTED_IN]->(article:Article)
  WITH article, report
  ORDER BY report.confidence DESC, article.published, article.id
  RETURN collect({article: article.id, title: article.title, lang: article.lang, published: article.published,
                  url: article.url, sentence: report.sentence, confidence: report.confidence}) AS reports
}
RETURN step,
       {key: left.key, name: left.name, type: left.type} AS from,
       CASE type(toLink) WHEN 'INVOLVES' THEN toLink.role WHEN 'OF' THEN 'moved' WHEN 'FROM' THEN 'left' ELSE 'joined' END
         AS fromRole,
       link.key AS key,
       CASE WHEN link:Move THEN 'MOVE' ELSE link.type END AS kind,
       link.date AS date, link.precision AS precision, link.mod AS mod, mover,
       {key: right.key, name: right.name, type: right.type} AS to,
       CASE type(fromLink) WHEN 'INVOLVES' THEN fromLink.role WHEN 'OF' THEN 'moved' WHEN 'FROM' THEN 'left' ELSE 'joined' END
         AS toRole,
       reports
ORDER BY step
