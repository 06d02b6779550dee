// Before an article is replaced: the keys of the events, moves and entities its current version touches.
MATCH (article:Article {id: $id})
CALL (article) {
  OPTIONAL MATCH (event:Event)-[:REPORTED_IN]->(article)
  RETURN collect(event.key) AS events
}
CALL (article) {
  OPTIONAL MATCH (move:Move)-[:REPORTED_IN]->(article)
  RETURN collect(move.key) AS moves
}
CALL (article) {
  OPTIONAL MATCH (person:Entity)<-[:OF]-(:Move)-[:REPORTED_IN]->(article)
  RETURN collect(DISTINCT person.key) AS persons
}
CALL (article) {
  OPTIONAL MATCH (mentioned:Entity)-[:MENTIONED_IN]->(article)
  RETURN collect(mentioned.key) AS mentioned
}
CALL (article) {
  OPTIONAL MATCH (article)<-[:REPORTED_IN]-()-[:INVOLVES|OF|FROM|TO]->(party:Entity)
  RETURN collect(DISTINCT party.key) AS parties
}
RETURN events, moves, persons, mentioned + [key IN parties WHERE NOT key IN mentioned] AS entities
