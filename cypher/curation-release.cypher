// When a curation is undone: the names it gave its target ($names: alias keys) leave the target ($target), but for the
// target's own key unless $own (a split's entity gives back even its own name); alias nodes left with no link go. The
// articles it touched, loaded again, then give each name where the other curations and the aliases say.
UNWIND $names AS key
MATCH (alias:Alias {key: key})-[link:ALIAS_OF]->(:Entity {key: $target})
WHERE key <> $target OR $own
DELETE link
WITH DISTINCT alias
WHERE NOT (alias)-[:ALIAS_OF]->()
DELETE alias
