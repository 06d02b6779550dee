// The entities named in the same sentences as one entity ($key), most sentences first, at most $limit.
MATCH (:Entity {key: $key})-[together:MENTIONED_WITH]-(other:Entity)
RETURN other.key AS key, other.name AS name, other.type AS type, together.weight AS sentences,
       together.articles AS articles
ORDER BY sentences DESC, articles DESC, name
LIMIT $limit
