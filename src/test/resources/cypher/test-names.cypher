// Tests: the ids and titles of the articles and the names of the entities.
CALL () { MATCH (a:Article) RETURN collect(a.id) AS ids, collect(a.title) AS titles }
CALL () { MATCH (e:Entity) RETURN collect(e.name) AS names }
RETURN ids, titles, names
