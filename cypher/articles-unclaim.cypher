// Takes alias keys that another writer gave to another entity out of the articles' claim lists.
UNWIND $ids AS id
MATCH (article:Article {id: id})
SET article.claims = [key IN coalesce(article.claims, []) WHERE NOT key IN $keys]
