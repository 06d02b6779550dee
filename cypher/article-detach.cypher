// Before an article is replaced: drop its reports and mentions, and its uses of aliases.
MATCH (article:Article {id: $id})
CALL (article) {
  MATCH (article)<-[link:REPORTED_IN|MENTIONED_IN]-()
  DELETE link
}
CALL (article) {
  UNWIND coalesce(article.claims, []) AS key
  MATCH (alias:Alias {key: key})-[claim:ALIAS_OF]->(:Entity)
  USING INDEX alias:Alias(key)
  SET claim.articles = claim.articles - 1
}
SET article.claims = []
