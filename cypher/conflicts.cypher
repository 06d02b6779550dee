// Facts that sources date differently: dated events of one type with the same participants but different dates,
// and dated moves of one person between the same organizations with different dates, when at least two articles
// report them. Each date comes with its reports. "disjoint" is true when two of the dates' periods do not overlap
// (2024-03 and 2024-05), false when they nest (2024 and 2024-03); $strict keeps only disjoint ones. $entity (a key,
// or null) keeps the facts it takes part in.
CALL () {
  MATCH (event:Event)
  WHERE event.date IS NOT NULL
  CALL (event) {
    MATCH (event)-[involves:INVOLVES]->(participant:Entity)
    WITH participant, involves
    ORDER BY participant.key
    RETURN collect(participant.key) AS keys,
           collect({key: participant.key, name: participant.name, type: participant.type, role: involves.role})
             AS participants
  }
  WITH event, keys, participants
  WHERE size(keys) > 0
  WITH 'event' AS kind, event.type AS type, keys, event, participants
  ORDER BY event.sortDate, event.key
  WITH kind, type, keys, collect(event) AS facts, head(collect(participants)) AS participants
  WHERE size(facts) > 1
  RETURN kind, type, keys, facts, participants
  UNION
  MATCH (move:Move)-[:OF]->(person:Entity)
  WHERE move.date IS NOT NULL
  OPTIONAL MATCH (move)-[:FROM]->(left:Entity)
  OPTIONAL MATCH (move)-[:TO]->(joined:Entity)
  WITH move, person, left, joined,
       [person.key, coalesce(left.key, ''), coalesce(joined.key, '')] AS keys,
       [x IN [{key: person.key, name: person.name, type: person.type, role: 'person'},
              CASE WHEN left IS NULL THEN null ELSE {key: left.key, name: left.name, type: left.type, role: 'from'} END,
              CASE WHEN joined IS NULL THEN null ELSE {key: joined.key, name: joined.name, type: joined.type, role: 'to'} END]
        WHERE x IS NOT NULL] AS participants
  ORDER BY move.sortDate, move.key
  WITH 'move' AS kind, 'MOVE' AS type, keys, collect(move) AS facts, head(collect(participants)) AS participants
  WHERE size(facts) > 1
  RETURN kind, type, keys, facts, participants
}
WITH kind, type, keys, facts, participants
WHERE $entity IS NULL OR $entity IN keys
CALL (facts) {
  UNWIND facts AS fact
  MATCH (fact)-[:REPORTED_IN]->(article:Article)
  RETURN count(DISTINCT article) AS articles
}
WITH kind, type, facts, participants
WHERE articles > 1
CALL (facts) {
  UNWIND facts AS fact
  CALL (fact) {
    MATCH (fact)-[report:REPORTED_IN]->(article:Article)
    WITH article, report
    ORDER BY report.confidence DESC, article.published, article.id
    RETURN collect({article: article.id, title: article.title, lang: article.lang, published: article.published,
                    url: article.url, sentence: report.sentence, confidence: report.confidence}) AS reports
  }
  RETURN collect({key: fact.key, date: fact.date, precision: fact.precision, mod: fact.mod, reports: reports,
                  startDate: fact.startDate, endDate: fact.endDate}) AS versions
}
WITH kind, type, participants, versions,
     any(a IN versions WHERE any(b IN versions WHERE a.endDate < b.startDate)) AS disjoint
WHERE NOT $strict OR disjoint
RETURN kind, type, participants, versions, disjoint
ORDER BY disjoint DESC, versions[0].startDate, type, kind
