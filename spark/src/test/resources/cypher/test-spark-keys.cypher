// Tests of the Spark job: the keys of what the graph holds, by kind, to compare two loads of the same articles.
CALL () {
  MATCH (a:Article) RETURN 'articles' AS kind, a.id + ' ' + a.hash + ' ' + coalesce(a.source, '') AS key
  UNION ALL
  MATCH (e:Entity) RETURN 'entities' AS kind, e.key + ' ' + e.type AS key
  UNION ALL
  MATCH (e:Event) RETURN 'events' AS kind, e.key AS key
  UNION ALL
  MATCH (m:Move) RETURN 'moves' AS kind, m.key AS key
  UNION ALL
  MATCH (f)-[r:REPORTED_IN]->(a:Article)
  RETURN 'provenance' AS kind, f.key + ' ' + a.id + ' ' + toString(r.start) + '-' + toString(r.end) AS key
  UNION ALL
  MATCH (e:Event)-[r:INVOLVES]->(x:Entity) RETURN 'participants' AS kind, e.key + ' ' + x.key + ' ' + r.role AS key
  UNION ALL
  MATCH (e:Entity)-[r:MENTIONED_IN]->(a:Article) RETURN 'mentions' AS kind, e.key + ' ' + a.id + ' ' + toString(r.count) AS key
  UNION ALL
  MATCH (a:Alias)-[:ALIAS_OF]->(e:Entity) RETURN 'aliases' AS kind, a.key + ' ' + e.key AS key
  UNION ALL
  MATCH (p:Entity)-[:AFFILIATED_WITH]->(o:Entity) RETURN 'affiliations' AS kind, p.key + ' ' + o.key AS key
}
RETURN kind, key
