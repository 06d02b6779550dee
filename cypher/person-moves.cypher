// Every move of the given people, for recomputing their affiliations.
UNWIND $persons AS key
MATCH (person:Entity {key: key})<-[:OF]-(move:Move)
USING INDEX person:Entity(key)
OPTIONAL MATCH (move)-[:FROM]->(left:Entity)
OPTIONAL MATCH (move)-[:TO]->(joined:Entity)
RETURN key AS person, left.key AS from, joined.key AS to, move.date AS date, move.mod AS mod
