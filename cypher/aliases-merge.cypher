// Links each alias key to its entity and records that the row's article uses it; an alias key that already
// belongs to another entity stays with that entity. A link counts the articles that use it, and each article
// lists the alias keys it uses (so that replacing an article takes back exactly its own uses, and a link never
// holds a list that grows with the corpus). Rows are applied in order.
UNWIND $aliases AS row
MATCH (entity:Entity {key: row.entity})
MATCH (article:Article {id: row.article})
MERGE (alias:Alias {key: row.key})
  ON CREATE SET alias.name = row.name
WITH row, entity, article, alias
OPTIONAL MATCH (alias)-[:ALIAS_OF]->(other:Entity)
WHERE other <> entity
WITH row, entity, article, alias, other
WHERE other IS NULL
MERGE (alias)-[claim:ALIAS_OF]->(entity)
WITH row, article, claim, row.key IN coalesce(article.claims, []) AS counted
SET claim.articles = coalesce(claim.articles, 0) + CASE WHEN counted THEN 0 ELSE 1 END,
    article.claims = CASE WHEN counted THEN article.claims ELSE coalesce(article.claims, []) + row.key END
