// Takes an article's share off the MENTIONED_WITH links of the entities it mentions together (what
// comentions-add.cypher added for it, computed again from its MENTIONED_IN links, which must still be there), and
// removes the links no article supports any more.
MATCH (article:Article {id: $id})<-[ma:MENTIONED_IN]-(a:Entity)
MATCH (article)<-[mb:MENTIONED_IN]-(b:Entity)
WHERE a.key < b.key
WITH a, b, size([s IN ma.sentences WHERE s IN mb.sentences]) AS shared
WHERE shared > 0
MATCH (a)-[together:MENTIONED_WITH]->(b)
SET together.weight = together.weight - shared, together.articles = together.articles - 1
WITH together
WHERE together.articles <= 0 OR together.weight <= 0
DELETE together
