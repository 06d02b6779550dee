// Constraints and indexes of the Chronograph graph, applied on every connection (idempotent).
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT move_key IF NOT EXISTS FOR (n:Move) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT graph_state_key IF NOT EXISTS FOR (n:GraphState) REQUIRE n.key IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX event_sort_date IF NOT EXISTS FOR (n:Event) ON (n.sortDate);
CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type);
CREATE INDEX move_sort_date IF NOT EXISTS FOR (n:Move) ON (n.sortDate);
CREATE INDEX day_span_order IF NOT EXISTS FOR (n:DaySpan) ON (n.sortDate, n.type, n.key);
CREATE INDEX month_span_order IF NOT EXISTS FOR (n:MonthSpan) ON (n.sortDate, n.type, n.key);
CREATE INDEX quarter_span_order IF NOT EXISTS FOR (n:QuarterSpan) ON (n.sortDate, n.type, n.key);
CREATE INDEX half_span_order IF NOT EXISTS FOR (n:HalfSpan) ON (n.sortDate, n.type, n.key);
CREATE INDEX year_span_order IF NOT EXISTS FOR (n:YearSpan) ON (n.sortDate, n.type, n.key);
// An entity's timeline in date order without reading all its events (timeline-entity.cypher): each INVOLVES link
// carries its entity's key and its event's sort date (events-merge.cypher; migrate-involves-timeline.cypher for links
// written before), indexed together. Undated events' links have no sort date and are not in it.
CREATE INDEX involves_timeline IF NOT EXISTS FOR ()-[r:INVOLVES]-() ON (r.entity, r.sortDate);
// Entity search (search boxes, 'did you mean', names not found by key): a Lucene full-text index over names and
// aliases, words cut by Lucene's standard tokenizer, lower case, accents folded (query words are cut and folded the
// same way by SearchText). Updated in the transaction that writes the entity, so a search sees what was just loaded.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
