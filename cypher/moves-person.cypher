// One person's moves in date order (undated last), optionally only those from or to one organization: the keys of
// the first $limit (moves-details.cypher gives their details).
MATCH (person:Entity {key: $person})<-[:OF]-(move:Move)
WHERE $org IS NULL OR EXISTS { (move)-[:FROM|TO]->(:Entity {key: $org}) }
WITH move, person
ORDER BY move.sortDate IS NULL, move.sortDate, person.name, move.key
LIMIT $limit
RETURN move.key AS key
