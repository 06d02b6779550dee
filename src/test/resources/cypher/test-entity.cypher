MATCH (entity:Entity {key: $key})
OPTIONAL MATCH (entity)-[:MENTIONED_IN]->(article:Article)
RETURN entity.name AS name, entity.type AS type, entity.aliases AS aliases, labels(entity) AS labels,
       collect(article.id) AS articles
