// Every entity, event, move and article with its properties, for exporting the graph; ids are stable
// ("entity:KEY", "event:KEY", "move:KEY", "article:ID"). Alias nodes are left out (an entity lists its aliases), and
// so are the sentence texts articles keep for mentions (the facts carry their own sentences).
MATCH (node)
WHERE node:Entity OR node:Event OR node:Move OR node:Article
RETURN CASE
         WHEN node:Article THEN 'article:' + node.id
         WHEN node:Event THEN 'event:' + node.key
         WHEN node:Move THEN 'move:' + node.key
         ELSE 'entity:' + node.key
       END AS id,
       labels(node) AS labels,
       CASE WHEN node:Article THEN node {.id, .source, .title, .lang, .published, .url, .hash, .claims}
            ELSE properties(node) END AS properties
ORDER BY id
