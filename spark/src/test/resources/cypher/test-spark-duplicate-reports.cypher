// Tests of the Spark job: facts reported more than once by the same article (a load that wrote something twice).
MATCH (f)-[r:REPORTED_IN]->(a:Article)
WITH f, a, count(r) AS n
WHERE n > 1
RETURN f.key AS key, a.id AS article, n
