MATCH (:Event {type: $type})-[:REPORTED_IN]->(article:Article)
RETURN article.id AS article
ORDER BY article
