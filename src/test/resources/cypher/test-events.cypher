MATCH (event:Event)
RETURN event.type AS type
ORDER BY type
