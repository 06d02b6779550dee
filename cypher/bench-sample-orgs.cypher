// Benchmark: names of the organizations that people move from or to, to draw query parameters from.
MATCH (org:Entity)
WHERE EXISTS { (org)<-[:FROM|TO]-(:Move) }
RETURN org.name AS name
ORDER BY name
