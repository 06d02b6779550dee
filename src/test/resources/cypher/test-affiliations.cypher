MATCH (person:Entity)-[a:AFFILIATED_WITH]->(org:Entity)
RETURN person.key + ' -> ' + org.key + ' from ' + coalesce(a.start, 'null') + ' to ' + coalesce(a.end, 'null')
       + ' current ' + toString(a.current) AS line
ORDER BY line
