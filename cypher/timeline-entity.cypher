// The events of one entity in date order (undated last), optionally only those of some types or whose period
// overlaps [$from, $to]; the first $limit of them, each with its participants and the articles that report it.
// The entity is found as entity-find.cypher finds it (by key $key, by the key of one of its aliases, else by name
// ignoring case among the full-text index's hits for every word of $name, $words), in the same query, so that a user's
// name costs one round trip to the database, not one to resolve it and another for its events. No row when no entity
// has the name (or it has no events: TimelineQuery then asks EntityResolver, which says which).
// The dated ones come in date order from the index of (entity, sortDate) on INVOLVES (involves_timeline: events-merge
// writes the entity's key and the event's sort date on each link, the schema's migration on links written before),
// so a page of an entity in tens of thousands of events reads its page and the ties of its last date, not every
// event. A dated event's period lies within one calendar year and holds its sort date, so one that overlaps the
// period sorts between the first day of the year of $from and the last of the year of $to ($fromYear, $toYear); the
// overlap itself is then checked on the event. The undated ones (by type and key) are read only when the dated ones
// do not fill the page.
OPTIONAL MATCH (byKey:Entity {key: $key})
OPTIONAL MATCH (alias:Alias {key: $key})-[:ALIAS_OF]->(byAlias:Entity)
USING INDEX alias:Alias(key)
WITH coalesce(byKey, byAlias) AS found
LIMIT 1
OPTIONAL CALL (found) {
  UNWIND CASE WHEN found IS NULL AND $words IS NOT NULL THEN [true] ELSE [] END AS search
  CALL db.index.fulltext.queryNodes('entity_search', $words) YIELD node AS named
  WITH named
  WHERE toLower(named.name) = toLower($name)
  RETURN named
  ORDER BY named.key
  LIMIT 1
}
WITH coalesce(found, named) AS center
WHERE center IS NOT NULL
WITH center, center.key AS entityKey
CALL (entityKey) {
  MATCH (event:Event)-[involves:INVOLVES]->(:Entity)
  USING INDEX involves:INVOLVES(entity, sortDate)
  WHERE involves.entity = entityKey AND involves.sortDate >= $fromYear AND involves.sortDate <= $toYear
    AND ($types IS NULL OR event.type IN $types)
    AND ($from IS NULL OR event.endDate >= $from)
    AND ($to IS NULL OR event.startDate <= $to)
  // ordered first by the entity (one value here) as the index is, so that the index gives the order of the dates
  WITH event, involves.entity AS entity, involves.sortDate AS sortDate, event.type AS type, event.key AS key
  ORDER BY entity, sortDate, type, key
  LIMIT $limit
  RETURN collect({event: event, sortDate: sortDate, type: type, key: key}) AS dated
}
CALL (center, dated) {
  UNWIND CASE WHEN size(dated) < $limit AND $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS short
  MATCH (center)<-[:INVOLVES]-(event:Event)
  WHERE event.sortDate IS NULL AND ($types IS NULL OR event.type IN $types)
  WITH event, event.type AS type, event.key AS key
  ORDER BY type, key
  LIMIT $limit
  RETURN collect({event: event, sortDate: null, type: type, key: key}) AS undated
}
WITH (dated + undated)[0..$limit] AS rows
UNWIND range(0, size(rows) - 1) AS position
WITH position, rows[position].event AS event, rows[position].type AS type, rows[position].key AS key
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
RETURN key, event.date AS date, event.precision AS precision, event.mod AS mod, type, participants, reports
ORDER BY position
