// Embedded database: how many Bolt connections are open (after the owner's own driver closed, those of other
// processes that share this data directory).
CALL dbms.listConnections() YIELD connector
WHERE connector = 'bolt'
RETURN count(*) AS connections
