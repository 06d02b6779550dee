// The stored content hash of an article, or no row when the article is new.
MATCH (article:Article {id: $id})
RETURN article.hash AS hash
