// Counts of what the graph holds.
CALL () { MATCH (n:Article) RETURN count(n) AS articles }
CALL () { MATCH (n:Event) RETURN count(n) AS events }
CALL () { MATCH (n:Move) RETURN count(n) AS moves }
CALL () { MATCH (n:Alias) RETURN count(n) AS aliases }
CALL () { MATCH ()-[r:AFFILIATED_WITH]->() RETURN count(r) AS affiliations }
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () {
  OPTIONAL MATCH (n:Entity)
  WITH n.type AS type, count(n) AS count
  ORDER BY type
  RETURN collect(CASE WHEN type IS NULL THEN null ELSE {type: type, count: count} END) AS entities
}
RETURN articles, entities, events, moves, aliases, affiliations, nodes, relationships
