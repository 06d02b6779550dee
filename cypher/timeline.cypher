// Events in order (undated last): all of them, or those involving one entity ($entity, a key) and, with
// $neighbourhood, the people affiliated with it and the models and products it takes part in events with;
// only some types ($types); placed on their own dates or ($basis = 'PUBLISHED') on the publication date of the
// first article that reports them, and kept when that date's period overlaps [$from, $to]. Each event comes with
// its participants and the articles that report it; the first $limit of them.
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
  MATCH (event:Event)
  RETURN event
  UNION
  WITH focus WHERE focus IS NOT NULL
  UNWIND focus AS entity
  MATCH (entity)<-[:INVOLVES]-(event:Event)
  RETURN event
}
WITH event
WHERE $types IS NULL OR event.type IN $types
CALL (event) {
  OPTIONAL MATCH (event)-[:REPORTED_IN]->(article:Article)
  RETURN min(article.published) AS firstPublished
}
WITH event, CASE $basis WHEN 'PUBLISHED' THEN firstPublished ELSE event.sortDate END AS sortKey,
     CASE $basis WHEN 'PUBLISHED' THEN firstPublished ELSE event.startDate END AS startKey,
     CASE $basis WHEN 'PUBLISHED' THEN firstPublished ELSE event.endDate END AS endKey
WHERE ($from IS NULL OR endKey >= $from)
  AND ($to IS NULL OR startKey <= $to)
WITH event, sortKey
ORDER BY sortKey IS NULL, sortKey, event.type, event.key
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
ORDER BY sortKey IS NULL, sortKey, event.type, event.key
