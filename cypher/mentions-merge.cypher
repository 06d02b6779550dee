// Where each entity occurs in the article.
MATCH (article:Article {id: $article})
UNWIND $mentions AS row
MATCH (entity:Entity {key: row.entity})
MERGE (entity)-[mention:MENTIONED_IN]->(article)
SET mention.count = row.count, mention.offsets = row.offsets, mention.sentences = row.sentences
