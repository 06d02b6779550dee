// Where each entity occurs in the row's article.
UNWIND $mentions AS row
MATCH (article:Article {id: row.article})
MATCH (entity:Entity {key: row.entity})
MERGE (entity)-[mention:MENTIONED_IN]->(article)
SET mention.count = row.count, mention.offsets = row.offsets, mention.sentences = row.sentences
