// Affiliations derived from moves.
UNWIND $affiliations AS row
MATCH (person:Entity {key: row.person})
MATCH (org:Entity {key: row.org})
CREATE (person)-[:AFFILIATED_WITH {start: row.start, precisionStart: row.precisionStart, startDate: row.startDate,
                                    end: row.end, precisionEnd: row.precisionEnd, endDate: row.endDate,
                                    current: row.current}]->(org)
