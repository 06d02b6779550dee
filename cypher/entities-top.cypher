// The most mentioned entities, optionally of some types ($types): for pickers before anything is typed. Most
// mentioned first (then those in most events and moves, then by name), at most $limit.
MATCH (entity:Entity)
WHERE $types IS NULL OR entity.type IN $types
// (MENTIONED_IN only leads to articles, INVOLVES only comes from events, OF/FROM/TO only from moves: counting
// the relationships alone lets the database read the counts from its degree store)
WITH entity, COUNT { (entity)-[:MENTIONED_IN]->() } AS articles,
     COUNT { (entity)<-[:INVOLVES]-() } AS events,
     COUNT { (entity)<-[:OF|FROM|TO]-() } AS moves
RETURN entity.key AS key, entity.name AS name, entity.type AS type, coalesce(entity.aliases, []) AS aliases,
       articles, events, moves
ORDER BY articles DESC, events + moves DESC, name
LIMIT $limit
