// Before an article is replaced: drop its reports and mentions, and its claim on the aliases of its entities.
MATCH (article:Article {id: $id})
CALL (article) {
  MATCH (article)<-[link:REPORTED_IN|MENTIONED_IN]-()
  DELETE link
}
CALL () {
  UNWIND $entities AS key
  MATCH (:Alias)-[claim:ALIAS_OF]->(:Entity {key: key})
  WHERE $id IN claim.articles
  SET claim.articles = [other IN claim.articles WHERE other <> $id]
}
