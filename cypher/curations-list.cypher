// The curations, newest first: those in force, or ($all) also those undone.
MATCH (curation:Curation)
WHERE $all OR curation.active
RETURN curation.id AS id, curation.kind AS kind, curation.target AS target, curation.targetName AS targetName,
       curation.targetType AS targetType, curation.source AS source, curation.names AS names, curation.labels AS labels,
       curation.from AS from, curation.to AS to, curation.by AS by, toString(curation.at) AS at, curation.note AS note,
       curation.active AS active, curation.undoneBy AS undoneBy, toString(curation.undoneAt) AS undoneAt
ORDER BY curation.at DESC, curation.id
