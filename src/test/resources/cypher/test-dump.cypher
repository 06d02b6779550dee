// Tests: every node and relationship (nodes named by key or id), to compare whole graphs; not the graph's version
// (GraphState), which changes with every write.
CALL () {
  MATCH (n)
  WHERE NOT n:GraphState
  RETURN 'node' AS kind, labels(n) AS labels, properties(n) AS properties, null AS from, null AS to
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'rel' AS kind, [type(r)] AS labels, properties(r) AS properties, coalesce(a.key, a.id) AS from,
         coalesce(b.key, b.id) AS to
}
RETURN kind, labels, properties, from, to
