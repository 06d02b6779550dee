// Entities found through the full-text index entity_search (names and aliases, words folded to ASCII and lower case)
// by a Lucene query ($query, which EntitySearch builds from the user's words: prefixes, infixes or fuzzy terms),
// optionally only of some types ($types): the best $candidates by score, then the first $limit, a name or alias equal
// to the words ($exact, lower case) first, then by score and by how many articles mention them.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates}) YIELD node, score
WITH node AS entity, score
WHERE entity:Entity AND ($types IS NULL OR entity.type IN $types)
WITH entity, score,
     toLower(entity.name) = $exact OR any(alias IN coalesce(entity.aliases, []) WHERE toLower(alias) = $exact) AS exact,
     COUNT { (entity)-[:MENTIONED_IN]->() } AS articles,
     COUNT { (entity)<-[:INVOLVES]-() } AS events,
     COUNT { (entity)<-[:OF|FROM|TO]-() } AS moves
RETURN entity.key AS key, entity.name AS name, entity.type AS type, coalesce(entity.aliases, []) AS aliases,
       articles, events, moves, exact, score
ORDER BY exact DESC, score DESC, articles DESC, name
LIMIT $limit
