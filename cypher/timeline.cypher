// Events in date order (undated last), optionally only those of some types: the keys of the first $limit
// (timeline-events.cypher gives their details).
MATCH (event:Event)
WHERE $types IS NULL OR event.type IN $types
WITH event
ORDER BY event.sortDate IS NULL, event.sortDate, event.type, event.key
LIMIT $limit
RETURN event.key AS key
