// One entity: its names, type and how many articles mention it.
MATCH (entity:Entity {key: $key})
OPTIONAL MATCH (entity)-[mention:MENTIONED_IN]->(:Article)
RETURN entity.key AS key, entity.name AS name, entity.type AS type, entity.aliases AS aliases,
       count(mention) AS articles, sum(coalesce(mention.count, 0)) AS mentions
