// Events of the rows' articles: merged by key across articles, each with the sentence that reports it there.
UNWIND $events AS row
MATCH (article:Article {id: row.article})
MERGE (event:Event {key: row.key})
  ON CREATE SET event.type = row.type, event.date = row.date, event.precision = row.precision,
                event.mod = row.mod, event.sortDate = row.sortDate, event.startDate = row.startDate,
                event.endDate = row.endDate, event.year = row.year
// each dated event gets a label for the length of its period (a day, up to a month, a quarter, a year, longer),
// so that a period query scans each length's sort dates from its own bound (see timeline-period.cypher)
WITH row, article, event,
     CASE WHEN event.startDate IS NULL OR event.endDate IS NULL THEN null
          ELSE duration.inDays(event.startDate, event.endDate).days END AS span
FOREACH (_ IN CASE WHEN span = 0 THEN [1] ELSE [] END | SET event:DaySpan)
FOREACH (_ IN CASE WHEN span > 0 AND span <= 31 THEN [1] ELSE [] END | SET event:MonthSpan)
FOREACH (_ IN CASE WHEN span > 31 AND span <= 92 THEN [1] ELSE [] END | SET event:QuarterSpan)
FOREACH (_ IN CASE WHEN span > 92 AND span <= 366 THEN [1] ELSE [] END | SET event:YearSpan)
FOREACH (_ IN CASE WHEN span > 366 THEN [1] ELSE [] END | SET event:LongSpan)
MERGE (event)-[report:REPORTED_IN]->(article)
SET report.sentence = row.sentence, report.start = row.start, report.end = row.end,
    report.confidence = row.confidence
WITH event, row
UNWIND row.participants AS participant
MATCH (entity:Entity {key: participant.key})
MERGE (event)-[involves:INVOLVES]->(entity)
  ON CREATE SET involves.role = participant.role
