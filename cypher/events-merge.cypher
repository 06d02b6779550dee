// Events of the rows' articles: merged by key across articles, each with the sentence that reports it there.
UNWIND $events AS row
MATCH (article:Article {id: row.article})
MERGE (event:Event {key: row.key})
  ON CREATE SET event.type = row.type, event.date = row.date, event.precision = row.precision,
                event.mod = row.mod, event.sortDate = row.sortDate, event.startDate = row.startDate,
                event.endDate = row.endDate, event.year = row.year
// two articles may read the same date with different modifiers ("in 2025" and "by mid-2025"): the event keeps the
// finer reading (a modifier over none, then the first in alphabetical order), whatever order the articles load in
FOREACH (_ IN CASE WHEN row.mod IS NOT NULL AND (event.mod IS NULL OR row.mod < event.mod) THEN [true] ELSE [] END |
  SET event.mod = row.mod, event.sortDate = row.sortDate)
// each dated event gets a label for the length of its period (a day, up to a month, a quarter, a year, longer),
// so that a period query scans each length's sort dates from its own bound (see timeline-period.cypher); an
// article being written has no report links yet (a new one has none, a replaced one lost them when detached)
FOREACH (span IN CASE WHEN row.span IS NULL THEN [] ELSE [row.span] END | SET event:$(span))
// an undated event is labelled so, for the list of undated events (timeline-undated.cypher)
FOREACH (_ IN CASE WHEN row.span IS NULL THEN [true] ELSE [] END | SET event:Undated)
CREATE (event)-[:REPORTED_IN {sentence: row.sentence, start: row.start, end: row.end, confidence: row.confidence}]->(article)
WITH event, row
UNWIND row.participants AS participant
MATCH (entity:Entity {key: participant.key})
// the link carries the entity's key and the event's sort date for the index of an entity's timeline (schema.cypher)
MERGE (event)-[involves:INVOLVES]->(entity)
  ON CREATE SET involves.role = participant.role, involves.entity = entity.key
SET involves.sortDate = event.sortDate
