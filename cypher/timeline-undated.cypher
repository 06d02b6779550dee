// The events without a date (a timeline cannot place them), listed apart: all of them, or those involving one entity
// ($entity, a key) and, with $neighbourhood, the people affiliated with it and the models and products it takes part
// in events with; only some types ($types). Ordered by when they were first reported (the earliest publication of an
// article that reports them; unknown last), then type and key; the first $limit, each with its participants and reports.
// Undated events carry the Undated label (events-merge.cypher); a graph loaded before that label existed lists none
// until re-ingested with --force.
OPTIONAL MATCH (center:Entity {key: $entity})
WITH CASE
       WHEN center IS NULL THEN null
       WHEN $neighbourhood THEN [center]
         + COLLECT { MATCH (center)<-[:AFFILIATED_WITH]-(person:Person) RETURN DISTINCT person }
         + COLLECT { MATCH (center)<-[:INVOLVES]-(:Event)-[:INVOLVES]->(thing:Entity)
                     WHERE (thing:Model OR thing:Product) AND thing <> center RETURN DISTINCT thing }
       ELSE [center]
     END AS focus
CALL (focus) {
  WITH focus WHERE focus IS NULL
  MATCH (event:Undated)
  RETURN event
  UNION
  WITH focus WHERE focus IS NOT NULL
  UNWIND focus AS entity
  MATCH (entity)<-[:INVOLVES]-(event:Undated)
  RETURN event
}
WITH event
WHERE $types IS NULL OR event.type IN $types
CALL (event) {
  OPTIONAL MATCH (event)-[:REPORTED_IN]->(article:Article)
  RETURN min(article.published) AS firstPublished
}
WITH event, firstPublished
ORDER BY firstPublished IS NULL, firstPublished, event.type, event.key
LIMIT $limit
CALL (event) {
  MATCH (event)-[involves:INVOLVES]->(participant:Entity)
  WITH participant, involves
  ORDER BY involves.role, participant.name
  // lists, not maps: no key names to send with each of some 200 participants (TimelineQuery reads them by position)
  RETURN collect([participant.key, participant.name, participant.type, involves.role]) AS participants
}
CALL (event) {
  MATCH (event)-[report:REPORTED_IN]->(article:Article)
  WITH article, report
  ORDER BY report.confidence DESC, article.published, article.id
  RETURN collect([article.id, article.title, article.lang, article.published, article.url, report.sentence,
                  report.confidence]) AS reports
}
RETURN event.key AS key, event.date AS date, event.precision AS precision, event.mod AS mod,
       event.type AS type, participants, reports
ORDER BY firstPublished IS NULL, firstPublished, type, key
