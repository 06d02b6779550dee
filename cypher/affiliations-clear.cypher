// Removes the affiliations of the given people before they are rebuilt from their moves.
UNWIND $persons AS key
MATCH (:Entity {key: key})-[affiliation:AFFILIATED_WITH]->()
DELETE affiliation
