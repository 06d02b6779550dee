// How often two entities ($a, $b: keys) are named together: sentences and articles (no row when never).
MATCH (:Entity {key: $a})-[together:MENTIONED_WITH]-(:Entity {key: $b})
RETURN together.weight AS sentences, together.articles AS articles
