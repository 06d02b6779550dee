// The shortest path between the entities $from and $to (keys) through what links them in the world: each step
// goes from an entity to an event it takes part in (INVOLVES) or a move it is part of (OF, FROM, TO), and on to
// another entity of that event or move. Articles, aliases and affiliations are not steps (an affiliation is
// derived from moves, which are steps and carry the sentence). At most $maxHops steps, 1 to 6 (PathQuery.MAX_HOPS).
// Among the shortest paths found (up to 16), the best reported one wins, then keys decide, so the answer is the
// same each time. One row per step, in order; no row when there is no path.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
WHERE a <> b
// the search is bounded by $maxHops itself (a bound written in the pattern prunes the search; a filter on the
// length afterwards would not, and a bound must be written as a number), so one branch per bound, of which only
// the one for $maxHops runs. Each step is two relationships (entity to event or move, and on to an entity), and
// these relationship types only ever link an event or move to an entity, so the pattern names no labels.
// allShortestPaths searches from both ends at once, always widening the smaller side: around the big companies,
// whose tens of thousands of events a search from one end must all expand, that is what keeps it fast (at 1M
// events, p95 56 ms at 4 steps against 470 ms for SHORTEST 4 with a quantified path pattern, which expands from
// one end only). Up to 16 of the shortest paths are compared.
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = allShortestPaths((a)-[:INVOLVES|OF|FROM|TO*..2]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 2
  MATCH p = allShortestPaths((a)-[:INVOLVES|OF|FROM|TO*..4]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 3
  MATCH p = allShortestPaths((a)-[:INVOLVES|OF|FROM|TO*..6]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 4
  MATCH p = allShortestPaths((a)-[:INVOLVES|OF|FROM|TO*..8]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 5
  MATCH p = allShortestPaths((a)-[:INVOLVES|OF|FROM|TO*..10]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 6
  MATCH p = allShortestPaths((a)-[:INVOLVES|OF|FROM|TO*..12]-(b))
  RETURN p
  LIMIT 16
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
