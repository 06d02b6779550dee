// Server warm-up (web/WarmUp.java): what to run each read query on before the crowd comes; read only. The entities
// in the most events (hubs: a hub's timeline is the dearest page) and a random draw of others in events; a random draw of
// the people who move or hold a post (careers); the organizations people move between most and a random draw of
// others (moves, flows); the first and last sort dates of dated events (months of the period timeline).
CALL () {
  MATCH (entity:Entity)
  WITH entity, COUNT { (entity)<-[:INVOLVES]-() } AS events
  WHERE events > 0
  RETURN 'hub' AS kind, entity.name AS name
  ORDER BY events DESC
  LIMIT $hubs
  UNION
  MATCH (entity:Entity)
  WHERE EXISTS { (entity)<-[:INVOLVES]-(:Event) }
  RETURN 'entity' AS kind, entity.name AS name
  ORDER BY rand()
  LIMIT $drawn
  UNION
  MATCH (person:Entity {type: 'Person'})
  WHERE EXISTS { (person)<-[:OF]-(:Move) } OR EXISTS { (person)-[:AFFILIATED_WITH]->() }
  RETURN 'person' AS kind, person.name AS name
  ORDER BY rand()
  LIMIT $drawn
  UNION
  MATCH (org:Entity)
  WITH org, COUNT { (org)<-[:FROM|TO]-() } AS moves
  WHERE moves > 0
  RETURN 'org' AS kind, org.name AS name
  ORDER BY moves DESC
  LIMIT $hubs
  UNION
  MATCH (org:Entity)
  WHERE EXISTS { (org)<-[:FROM|TO]-(:Move) }
  RETURN 'org' AS kind, org.name AS name
  ORDER BY rand()
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
