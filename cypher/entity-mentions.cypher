// The articles that mention an entity ($key), newest first, at most $limit: how many times, and in which sentences
// (by index, each with the text the article keeps for it; '' for an article loaded before articles kept them).
MATCH (:Entity {key: $key})-[mention:MENTIONED_IN]->(article:Article)
WITH article, mention
ORDER BY article.published IS NULL, article.published DESC, article.id
LIMIT $limit
RETURN article.id AS article, article.title AS title, article.lang AS lang, article.published AS published,
       article.url AS url, mention.count AS mentions,
       [i IN coalesce(mention.sentences, []) | {index: i, text: coalesce(article.sentences[i], '')}] AS sentences
ORDER BY published IS NULL, published DESC, article
