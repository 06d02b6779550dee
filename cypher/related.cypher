// Neighbours of an entity ($key), one row per neighbour and relation:
//   affiliated  a person's organizations (out) or an organization's people (in), from AFFILIATED_WITH;
//   joined/left a person's moves to (joined) or from (left) an organization (out), or seen from the organization (in);
//   moved       people who moved from this organization to another (out) or from another to this one (in);
//   <type>      entities that take part in events of that type with it (release, funding, ...; direction both);
//   co-mentioned entities named in the same sentences as it (MENTIONED_WITH; count = sentences, direction both),
//               listed after the others: being named together is weaker than a fact they share.
// $relations (a list of those names, or null for all) keeps some; $limit caps the rows, most shared first.
MATCH (center:Entity {key: $key})
CALL (center) {
  MATCH (center)-[stint:AFFILIATED_WITH]-(other:Entity)
  RETURN other, 'affiliated' AS relation, CASE WHEN startNode(stint) = center THEN 'out' ELSE 'in' END AS direction,
         count(stint) AS count, min(stint.start) AS first, max(stint.end) AS last
  UNION
  MATCH (center)<-[:INVOLVES]-(event:Event)-[:INVOLVES]->(other:Entity)
  WHERE other <> center
  RETURN other, toLower(event.type) AS relation, 'both' AS direction, count(DISTINCT event) AS count,
         min(event.date) AS first, max(event.date) AS last
  UNION
  MATCH (center)<-[:OF]-(move:Move)-[side:FROM|TO]->(other:Entity)
  RETURN other, CASE type(side) WHEN 'TO' THEN 'joined' ELSE 'left' END AS relation, 'out' AS direction,
         count(move) AS count, min(move.date) AS first, max(move.date) AS last
  UNION
  MATCH (center)<-[side:FROM|TO]-(move:Move)-[:OF]->(other:Entity)
  RETURN other, CASE type(side) WHEN 'TO' THEN 'joined' ELSE 'left' END AS relation, 'in' AS direction,
         count(move) AS count, min(move.date) AS first, max(move.date) AS last
  UNION
  MATCH (center)<-[:FROM]-(move:Move)-[:TO]->(other:Entity)
  RETURN other, 'moved' AS relation, 'out' AS direction, count(move) AS count, min(move.date) AS first,
         max(move.date) AS last
  UNION
  MATCH (center)<-[:TO]-(move:Move)-[:FROM]->(other:Entity)
  RETURN other, 'moved' AS relation, 'in' AS direction, count(move) AS count, min(move.date) AS first,
         max(move.date) AS last
  UNION
  MATCH (center)-[together:MENTIONED_WITH]-(other:Entity)
  RETURN other, 'co-mentioned' AS relation, 'both' AS direction, together.weight AS count, null AS first,
         null AS last
}
WITH other, relation, direction, count, first, last
WHERE $relations IS NULL OR relation IN $relations
RETURN other.key AS key, other.name AS name, other.type AS type, relation, direction, count, first, last
ORDER BY relation = 'co-mentioned', count DESC, relation, name, direction
LIMIT $limit
