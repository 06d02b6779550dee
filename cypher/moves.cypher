// Moves in date order (undated last): the keys of the first $limit (moves-details.cypher gives their details).
MATCH (move:Move)-[:OF]->(person:Entity)
WITH move, person
ORDER BY move.sortDate IS NULL, move.sortDate, person.name, move.key
LIMIT $limit
RETURN move.key AS key
