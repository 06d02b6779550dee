MATCH (move:Move)
RETURN move.date AS date
ORDER BY date
