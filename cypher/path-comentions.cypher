// The last resort of `path`, when no chain of shared events and moves links the entities $from and $to (keys): the
// shortest chain of entities where each is named in the same sentences as the next (MENTIONED_WITH), at most $maxHops
// steps (1 to 6, PathQuery.MAX_HOPS; one branch per bound, as in path.cypher, since a bound prunes the search only when
// written as a number). Among the shortest chains found (up to 16), the one named together most often (the sum of its
// steps' sentences) wins, then keys decide, so the answer is the same each time. One row per step, in order, with how
// often the two are named together and the newest sentences that do it (at most 5); no row when there is no chain.
MATCH (a:Entity {key: $from}), (b:Entity {key: $to})
WHERE a <> b
CALL (a, b) {
  WITH a, b WHERE $maxHops = 1
  MATCH p = allShortestPaths((a)-[:MENTIONED_WITH*..1]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 2
  MATCH p = allShortestPaths((a)-[:MENTIONED_WITH*..2]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 3
  MATCH p = allShortestPaths((a)-[:MENTIONED_WITH*..3]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 4
  MATCH p = allShortestPaths((a)-[:MENTIONED_WITH*..4]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 5
  MATCH p = allShortestPaths((a)-[:MENTIONED_WITH*..5]-(b))
  RETURN p
  LIMIT 16
  UNION
  WITH a, b WHERE $maxHops = 6
  MATCH p = allShortestPaths((a)-[:MENTIONED_WITH*..6]-(b))
  RETURN p
  LIMIT 16
}
WITH p, reduce(w = 0, together IN relationships(p) | w + together.weight) AS weight, [n IN nodes(p) | n.key] AS keys
ORDER BY length(p), weight DESC, keys
LIMIT 1
WITH nodes(p) AS ns, relationships(p) AS rs
UNWIND range(0, size(rs) - 1) AS step
WITH step, ns[step] AS left, rs[step] AS together, ns[step + 1] AS right
CALL (left, right) {
  MATCH (left)-[ml:MENTIONED_IN]->(article:Article)<-[mr:MENTIONED_IN]-(right)
  WITH article, [s IN ml.sentences WHERE s IN mr.sentences] AS shared
  WHERE size(shared) > 0
  UNWIND shared AS sentence
  WITH article, sentence
  ORDER BY article.published IS NULL, article.published DESC, article.id, sentence
  LIMIT 5
  RETURN collect({article: article.id, title: article.title, lang: article.lang, published: article.published,
                  url: article.url, sentence: coalesce(article.sentences[sentence], '')}) AS reports
}
RETURN step,
       {key: left.key, name: left.name, type: left.type} AS from,
       {key: right.key, name: right.name, type: right.type} AS to,
       together.weight AS sentences, together.articles AS articles, reports
ORDER BY step
