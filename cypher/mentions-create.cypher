// Where each entity occurs in the row's article (an article being written has no mention links yet: a new one
// has none, a replaced one lost them when it was detached).
UNWIND $mentions AS row
MATCH (article:Article {id: row.article})
MATCH (entity:Entity {key: row.entity})
CREATE (entity)-[:MENTIONED_IN {count: row.count, offsets: row.offsets, sentences: row.sentences}]->(article)
