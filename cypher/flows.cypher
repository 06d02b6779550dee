// Flows of people between organizations: the moves that moves.cypher keeps (same parameters), grouped by the
// organization left and the one joined (either may be null: unknown), with the people and dates, biggest first.
// The moves are found from the person ($person), else from the organization $anchor (one of $org, $origin,
// $destination), else among all moves.
CALL () {
  WITH 1 AS start WHERE $person IS NOT NULL
  MATCH (:Entity {key: $person})<-[:OF]-(move:Move)
  RETURN move
  UNION
  WITH 1 AS start WHERE $person IS NULL AND $anchor IS NOT NULL
  MATCH (:Entity {key: $anchor})<-[:FROM|TO]-(move:Move)
  RETURN move
  UNION
  WITH 1 AS start WHERE $person IS NULL AND $anchor IS NULL
  MATCH (move:Move)
  RETURN move
}
MATCH (move)-[:OF]->(person:Entity)
WHERE $person IS NULL OR person.key = $person
OPTIONAL MATCH (move)-[:FROM]->(left:Entity)
OPTIONAL MATCH (move)-[:TO]->(joined:Entity)
WITH move, person, left, joined
WHERE ($org IS NULL OR left.key = $org OR joined.key = $org)
  AND ($origin IS NULL OR left.key = $origin)
  AND ($destination IS NULL OR joined.key = $destination)
  AND ($from IS NULL OR move.endDate >= $from)
  AND ($to IS NULL OR move.startDate <= $to)
WITH move, person, left, joined
ORDER BY move.sortDate IS NULL, move.sortDate, person.name
WITH left, joined, collect({key: person.key, name: person.name, date: move.date, move: move.key}) AS people,
     min(move.sortDate) AS firstDate
RETURN left.key AS fromKey, left.name AS from, left.type AS fromType,
       joined.key AS toKey, joined.name AS to, joined.type AS toType, size(people) AS moves, people
ORDER BY moves DESC, firstDate IS NULL, firstDate, from, to
