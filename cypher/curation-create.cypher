// Records a curation an analyst made (who, when, what): it is in force while active, and the loader applies it to
// every article it writes (curations-rules.cypher).
CREATE (curation:Curation {id: $id, kind: $kind, target: $target, targetName: $targetName, targetType: $targetType,
                           source: $source, names: $names, labels: $labels, from: $from, to: $to,
                           fromDate: $fromDate, toDate: $toDate, by: $by, at: datetime($at), note: $note,
                           active: true})
RETURN curation.id AS id
