// The curations in force, as the loader applies them: the name keys each sends to its target entity, and the period
// of a dated one (in the order they were made, so that an earlier rule wins for a name two rules list).
MATCH (curation:Curation)
WHERE curation.active
RETURN curation.id AS id, curation.names AS names, curation.target AS target, curation.targetName AS targetName,
       curation.targetType AS type, curation.fromDate AS fromDate, curation.toDate AS toDate
ORDER BY curation.at, curation.id
