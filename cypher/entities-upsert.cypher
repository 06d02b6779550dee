// The graph entities a run of articles resolved to (decided by the loader from the aliases): each created when
// missing, with the name, type and confidence of the first row that named it, then given the type its most
// confident row names when that row is more confident than the entity's type so far, or as confident with a type
// first in name order (so the type does not depend on the order in which articles load).
UNWIND $entities AS e
MERGE (entity:Entity {key: e.key})
  ON CREATE SET entity.name = e.name, entity.type = e.type, entity.typeConfidence = e.confidence,
                entity.aliases = [], entity:$(e.type)
WITH e, entity
WHERE e.bestConfidence > coalesce(entity.typeConfidence, 0.0)
   OR (e.bestConfidence = entity.typeConfidence AND e.bestType < entity.type)
CALL (e, entity) {
  WITH e, entity, entity.type AS oldType
  WHERE e.bestType <> oldType
  REMOVE entity:$(oldType)
  SET entity:$(e.bestType), entity.type = e.bestType
}
SET entity.typeConfidence = e.bestConfidence
