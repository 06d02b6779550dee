// Creates or updates the article node.
MERGE (article:Article {id: $article.id})
SET article.source = $article.source,
    article.title = $article.title,
    article.lang = $article.lang,
    article.published = $article.published,
    article.url = $article.url,
    article.hash = $article.hash
