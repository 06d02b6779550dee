// The sentences that name two entities ($a, $b: keys) together, the newest articles first: where the sentence indexes
// of their MENTIONED_IN links to one article meet, with the text the article keeps for that sentence; at most $limit.
// The search starts from the entity in fewer articles.
MATCH (a:Entity {key: $a}), (b:Entity {key: $b})
WITH CASE WHEN COUNT { (a)-[:MENTIONED_IN]->() } <= COUNT { (b)-[:MENTIONED_IN]->() } THEN [a, b] ELSE [b, a] END AS ends
WITH ends[0] AS fewer, ends[1] AS more
MATCH (fewer)-[mf:MENTIONED_IN]->(article:Article)
MATCH (article)<-[mm:MENTIONED_IN]-(more)
WITH article, [s IN mf.sentences WHERE s IN mm.sentences] AS shared
WHERE size(shared) > 0
UNWIND shared AS sentence
RETURN article.id AS article, article.title AS title, article.lang AS lang, article.published AS published,
       article.url AS url, sentence, coalesce(article.sentences[sentence], '') AS text
ORDER BY published IS NULL, published DESC, article, sentence
LIMIT $limit
