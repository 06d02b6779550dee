// Embedded database with auth: does the user exist, and must its password still be set?
SHOW USERS YIELD user, passwordChangeRequired
WHERE user = $user
RETURN passwordChangeRequired AS changeRequired
