// After a replacement: events and moves that no article reports any more.
UNWIND $keys AS key
MATCH (fact:Event|Move {key: key})
WHERE NOT (fact)-[:REPORTED_IN]->()
DETACH DELETE fact
