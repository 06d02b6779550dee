// Benchmark baseline: creates nodes with the given labels and properties, no lookups.
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.properties
