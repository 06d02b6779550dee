// A person's career: their stints at organizations (AFFILIATED_WITH, derived from moves) in date order (by start,
// or by end when the start is unknown; undated stints last), each with the reports of the moves that open or close it.
MATCH (person:Entity {key: $key})-[stint:AFFILIATED_WITH]->(org:Entity)
CALL (person, org) {
  OPTIONAL MATCH (person)<-[:OF]-(move:Move)-[:FROM|TO]->(org)
  OPTIONAL MATCH (move)-[report:REPORTED_IN]->(article:Article)
  WITH move, report, article
  ORDER BY move.sortDate IS NULL, move.sortDate, report.confidence DESC, article.published, article.id
  RETURN collect(CASE WHEN article IS NULL THEN null ELSE
           {article: article.id, title: article.title, lang: article.lang, published: article.published,
            url: article.url, sentence: report.sentence, confidence: report.confidence} END) AS reports
}
WITH person, org, stint, reports, coalesce(stint.startDate, stint.endDate) AS anchor
RETURN org.key AS orgKey, org.name AS org, org.type AS orgType, stint.start AS start,
       stint.precisionStart AS precisionStart, stint.end AS end, stint.precisionEnd AS precisionEnd,
       coalesce(stint.current, false) AS current, reports
ORDER BY anchor IS NULL, anchor, stint.endDate IS NULL, stint.endDate, org.name
