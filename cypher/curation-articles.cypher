// The articles a curation touches: those that mention one of the entities ($entities: keys) or report a fact one of
// them takes part in, oldest first, with whether each keeps its extraction (articles loaded before they did cannot be
// loaded again from the graph: ingest them again with --force).
CALL () {
  UNWIND $entities AS key
  MATCH (:Entity {key: key})-[:MENTIONED_IN]->(article:Article)
  RETURN article
  UNION
  UNWIND $entities AS key
  MATCH (:Entity {key: key})<-[:INVOLVES|OF|FROM|TO]-()-[:REPORTED_IN]->(article:Article)
  RETURN article
}
RETURN article.id AS id, article.extraction IS NOT NULL AS stored
ORDER BY article.published, article.id
