// Entities found by the full-text index entity_search with $query (SearchText.prefixQuery: names and aliases with a
// word starting with each word typed), optionally of some types ($types). A name or alias equal to $text (ignoring
// case) first, then the most mentioned (then those in most events and moves, then by name), at most $limit.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node AS entity
WHERE $types IS NULL OR entity.type IN $types
// (MENTIONED_IN only leads to articles, INVOLVES only comes from events, OF/FROM/TO only from moves: counting
// the relationships alone lets the database read the counts from its degree store)
WITH entity, COUNT { (entity)-[:MENTIONED_IN]->() } AS articles,
     COUNT { (entity)<-[:INVOLVES]-() } AS events,
     COUNT { (entity)<-[:OF|FROM|TO]-() } AS moves,
     toLower(entity.name) = toLower($text)
       OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) = toLower($text)) AS exact
RETURN entity.key AS key, entity.name AS name, entity.type AS type, coalesce(entity.aliases, []) AS aliases,
       articles, events, moves
ORDER BY exact DESC, articles DESC, events + moves DESC, name
LIMIT $limit
