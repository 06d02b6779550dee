// Whether some INVOLVES link lacks its entity's key (written before the index of an entity's timeline existed): stops
// at the first one found.
MATCH ()-[involves:INVOLVES]->()
WHERE involves.entity IS NULL
RETURN true AS needed
LIMIT 1
