// Creates or updates article nodes (one row per article, in load order), with the alias keys each claims.
UNWIND $articles AS row
MERGE (article:Article {id: row.id})
SET article.source = row.source,
    article.title = row.title,
    article.lang = row.lang,
    article.published = row.published,
    article.url = row.url,
    article.hash = row.hash,
    article.claims = row.claims
