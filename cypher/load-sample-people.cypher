// Load test: names of the people who move or hold a post, to ask for careers.
MATCH (person:Entity {type: 'Person'})
WHERE EXISTS { (person)<-[:OF]-(:Move) } OR EXISTS { (person)-[:AFFILIATED_WITH]->() }
RETURN person.name AS name
ORDER BY name
