// Tests: each article with the reports and mentions attached to it, to compare one article between two graphs.
MATCH (article:Article)
OPTIONAL MATCH (article)<-[link:REPORTED_IN|MENTIONED_IN]-(fact)
RETURN article.id AS id, article.hash AS hash,
       collect({type: type(link), from: fact.key, properties: properties(link)}) AS links
