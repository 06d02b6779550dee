// Affiliations of an entity: the organizations of a person, or the people of an organization, by start date.
MATCH (entity:Entity {key: $key})
MATCH (person:Entity)-[stint:AFFILIATED_WITH]->(org:Entity)
WHERE person = entity OR org = entity
RETURN person.key AS personKey, person.name AS person, org.key AS orgKey, org.name AS org,
       stint.start AS start, stint.precisionStart AS precisionStart, stint.end AS end,
       stint.precisionEnd AS precisionEnd, stint.current AS current
ORDER BY stint.startDate IS NULL, stint.startDate, stint.endDate, person.name, org.name
