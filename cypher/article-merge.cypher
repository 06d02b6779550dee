// Creates or updates article nodes (one row per article, in load order), with the alias keys each claims and the
// texts of its sentences that mention an entity (by sentence index; '' for the others) and its extraction (gzip'd
// JSON, see StoredExtraction), from which curations load it again.
UNWIND $articles AS row
MERGE (article:Article {id: row.id})
SET article.source = row.source,
    article.title = row.title,
    article.lang = row.lang,
    article.published = row.published,
    article.url = row.url,
    article.hash = row.hash,
    article.claims = row.claims,
    article.sentences = row.sentences,
    article.extraction = row.extraction
