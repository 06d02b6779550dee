// The curations in force, as the loader applies them: the name keys each sends to its target entity, and the period
// of a dated one; the newest first, so that the latest rule wins for a name two rules list (a split after a merge).
MATCH (curation:Curation)
WHERE curation.active
RETURN curation.id AS id, curation.names AS names, curation.target AS target, curation.targetName AS targetName,
       curation.targetType AS type, curation.fromDate AS fromDate, curation.toDate AS toDate
ORDER BY curation.at DESC, curation.id
