// Server warm-up (web/WarmUp.java): what to run each read query on before the crowd comes; read only. Random draws,
// each a lazy scan that stops when it has $drawn names (the chance $drawn * 3 / the label's count from the store's
// counts, so a draw spreads over the whole store and costs a pass over some of its nodes, not a sort of them all): of
// the entities in events (timelines, related entities, paths, search), of the people who move or hold a post
// (careers), of the organizations people move between (moves, flows); and the first and last sort dates of dated
// events, from the index (months of the period timeline).
CALL () {
  MATCH (entity:Entity)
  RETURN count(entity) AS entities
}
CALL (entities) {
  MATCH (entity:Entity)
  WHERE rand() * entities < $drawn * 3 AND EXISTS { (entity)<-[:INVOLVES]-(:Event) }
  RETURN 'entity' AS kind, entity.name AS name
  LIMIT $drawn
  UNION
  MATCH (person:Entity)
  WHERE rand() * entities < $drawn * 30 AND person.type = 'Person'
    AND (EXISTS { (person)<-[:OF]-(:Move) } OR EXISTS { (person)-[:AFFILIATED_WITH]->() })
  RETURN 'person' AS kind, person.name AS name
  LIMIT $drawn
  UNION
  MATCH (org:Entity)
  WHERE rand() * entities < $drawn * 30 AND EXISTS { (org)<-[:FROM|TO]-(:Move) }
  RETURN 'org' AS kind, org.name AS name
  LIMIT $drawn
  UNION
  MATCH (event:Event)
  WHERE event.sortDate IS NOT NULL
  RETURN 'date' AS kind, toString(event.sortDate) AS name
  ORDER BY event.sortDate
  LIMIT 1
  UNION
  MATCH (event:Event)
  WHERE event.sortDate IS NOT NULL
  RETURN 'date' AS kind, toString(event.sortDate) AS name
  ORDER BY event.sortDate DESC
  LIMIT 1
}
RETURN kind, name
