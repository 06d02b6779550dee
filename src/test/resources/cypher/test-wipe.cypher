// Tests: removes all data, keeps the schema.
MATCH (n)
DETACH DELETE n
