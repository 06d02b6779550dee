// One article as stored, to load it again under the curations in force.
MATCH (article:Article {id: $id})
RETURN article.id AS id, article.source AS source, article.title AS title, article.lang AS lang,
       article.published AS published, article.url AS url, article.hash AS hash,
       coalesce(article.sentences, []) AS sentences, article.extraction AS extraction
