// Every relationship between exported nodes (see export-nodes.cypher), with its properties; MENTIONED_IN keeps only
// its count (its offsets are positions in the original file), INVOLVES its role (its entity key and sort date are
// copies for the index of an entity's timeline).
MATCH (source)-[link]->(target)
WHERE (source:Entity OR source:Event OR source:Move) AND (target:Entity OR target:Article)
WITH source, link, target,
     CASE
       WHEN source:Event THEN 'event:' + source.key
       WHEN source:Move THEN 'move:' + source.key
       ELSE 'entity:' + source.key
     END AS sourceId,
     CASE WHEN target:Article THEN 'article:' + target.id ELSE 'entity:' + target.key END AS targetId
RETURN sourceId AS source, targetId AS target, type(link) AS type,
       CASE type(link) WHEN 'MENTIONED_IN' THEN {count: link.count} WHEN 'INVOLVES' THEN {role: link.role}
         ELSE properties(link) END AS properties
ORDER BY source, type, target
