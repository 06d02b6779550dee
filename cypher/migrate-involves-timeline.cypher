// Migration at open, once per graph (GraphMigrations): gives every INVOLVES link written before the index of an
// entity's timeline (schema.cypher: involves_timeline) its entity's key and its event's sort date, as
// events-merge.cypher writes them now; in transactions of 10,000 links. Idempotent: links that have the key are left.
MATCH (event:Event)-[involves:INVOLVES]->(entity:Entity)
WHERE involves.entity IS NULL
CALL (event, involves, entity) {
  SET involves.entity = entity.key, involves.sortDate = event.sortDate
} IN TRANSACTIONS OF 10000 ROWS
RETURN count(*) AS migrated
