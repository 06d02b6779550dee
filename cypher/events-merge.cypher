// Events of the rows' articles: merged by key across articles, each with the sentence that reports it there.
UNWIND $events AS row
MATCH (article:Article {id: row.article})
MERGE (event:Event {key: row.key})
  ON CREATE SET event.type = row.type, event.date = row.date, event.precision = row.precision,
                event.mod = row.mod, event.sortDate = row.sortDate, event.startDate = row.startDate,
                event.endDate = row.endDate, event.year = row.year
// events longer than a year carry the label LongSpan, so that a period query can find them apart from the
// sort-date index (see timeline-period.cypher)
FOREACH (_ IN CASE WHEN event.endDate > event.startDate + duration({days: 366}) THEN [1] ELSE [] END |
  SET event:LongSpan)
MERGE (event)-[report:REPORTED_IN]->(article)
SET report.sentence = row.sentence, report.start = row.start, report.end = row.end,
    report.confidence = row.confidence
WITH event, row
UNWIND row.participants AS participant
MATCH (entity:Entity {key: participant.key})
MERGE (event)-[involves:INVOLVES]->(entity)
  ON CREATE SET involves.role = participant.role
