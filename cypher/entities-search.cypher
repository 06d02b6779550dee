// Entities whose name or an alias contains $text (case-insensitive; null for all), optionally of some types
// ($types), most mentioned first, at most $limit.
MATCH (entity:Entity)
WHERE ($text IS NULL OR toLower(entity.name) CONTAINS toLower($text)
       OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) CONTAINS toLower($text)))
  AND ($types IS NULL OR entity.type IN $types)
// (MENTIONED_IN only leads to articles, INVOLVES only comes from events, OF/FROM/TO only from moves: counting
// the relationships alone lets the database read the counts from its degree store)
WITH entity, COUNT { (entity)-[:MENTIONED_IN]->() } AS articles,
     COUNT { (entity)<-[:INVOLVES]-() } AS events,
     COUNT { (entity)<-[:OF|FROM|TO]-() } AS moves
RETURN entity.key AS key, entity.name AS name, entity.type AS type, coalesce(entity.aliases, []) AS aliases,
       articles, events, moves
ORDER BY articles DESC, events + moves DESC, name
LIMIT $limit
