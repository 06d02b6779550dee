// Entities mentioned together: for each of the rows' articles, every two entities it mentions in a same sentence
// (their MENTIONED_IN sentence indexes meet) get their MENTIONED_WITH link (from the smaller key to the larger)
// raised by the number of such sentences ($weight) and by one article. Run once per article, right after its
// mentions are written; comentions-remove.cypher takes the same amounts off before they are removed.
UNWIND $articles AS id
MATCH (article:Article {id: id})<-[ma:MENTIONED_IN]-(a:Entity)
MATCH (article)<-[mb:MENTIONED_IN]-(b:Entity)
WHERE a.key < b.key
WITH a, b, size([s IN ma.sentences WHERE s IN mb.sentences]) AS shared
WHERE shared > 0
MERGE (a)-[together:MENTIONED_WITH]->(b)
  ON CREATE SET together.weight = shared, together.articles = 1
  ON MATCH SET together.weight = together.weight + shared, together.articles = together.articles + 1
