// Takes a curation out of force (it stays, with who undid it and when).
MATCH (curation:Curation {id: $id})
WHERE curation.active
SET curation.active = false, curation.undoneBy = $by, curation.undoneAt = datetime($at)
RETURN curation.id AS id
