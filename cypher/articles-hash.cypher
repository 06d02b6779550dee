// The stored content hash of each of these articles that the graph holds.
UNWIND $ids AS id
MATCH (article:Article {id: id})
RETURN id, article.hash AS hash
