// Before the articles a curation touches are loaded again: the names whose alias links it removed ($names) leave their
// lists of claimed names, so that loading them again does not take those articles off the names' new links.
UNWIND $ids AS id
MATCH (article:Article {id: id})
SET article.claims = [key IN coalesce(article.claims, []) WHERE NOT key IN $names]
