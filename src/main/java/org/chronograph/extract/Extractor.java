package org.chronograph.extract;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chronograph.ChronographException;
import org.chronograph.extract.time.DateFinder;
import org.chronograph.extract.time.TimeContext;
import org.chronograph.extract.time.TimeMention;
import org.chronograph.source.Article;
import org.chronograph.source.Block;
import org.chronograph.source.Body;

/**
 * Extraction facade: a pure function from one article to its entities, dated events and moves.
 * Holds only immutable, shared resources (CoreNLP pipelines, gazetteer, patterns), so one instance
 * serves every thread; no database access, no mutable state between calls.
 */
public final class Extractor {
    private static final java.util.regex.Pattern INNER_PERIOD = java.util.regex.Pattern.compile("(?<=[\\p{L}\\d])\\.(?=\\p{Lu})");

    private final NlpPipelines pipelines;
    private final SpanFinder spans;
    private final EntityResolver resolver;
    private final EventFinder events;
    private final Triggers triggers = Triggers.bundled();
    private final MoveDeriver moves = new MoveDeriver();
    private final Anaphora anaphora;
    private final BasicAnalyzer basic = new BasicAnalyzer();
    private final Lexicon lexicon;
    private final RecurringNames recurring;
    private final MakerProducts makerProducts;
    private final ProperNames properNames;
    private final TeamNames teams;
    private final OrganizationNames organizations;
    private final Map<String, DateFinder> dateFinders = new ConcurrentHashMap<>();
    private final EntityTyper typer;
    /** The learned event detector, or {@code null}: rules alone find events (the trainer's extractor). */
    private final EventDetector detector;

    /** An extractor with the bundled gazetteer extended by the given user lexicon files (may be empty). */
    public Extractor(Collection<Path> userLexicons) {
        this(userLexicons, (Path) null);
    }

    /**
     * An extractor with the bundled gazetteer extended by the given user lexicon files (may be empty) that types
     * entities with the model in {@code modelDir} (written by {@code chronograph train}), or with the bundled model
     * when {@code modelDir} is {@code null}.
     */
    public Extractor(Collection<Path> userLexicons, Path modelDir) {
        this(userLexicons, modelDir == null ? TypingModel.bundled() : TypingModel.load(modelDir),
                modelDir == null ? EventDetector.bundled() : EventDetector.load(modelDir), NlpPipelines.Parsing.ON_DEMAND);
    }

    /**
     * An extractor that parses sentences as {@code parsing} says: on demand (the default), or every sentence up
     * front with every annotator (a full CoreNLP run, as extraction ran before; for comparisons).
     */
    public Extractor(Collection<Path> userLexicons, NlpPipelines.Parsing parsing) {
        this(userLexicons, TypingModel.bundled(), EventDetector.bundled(), parsing);
    }

    /** An extractor typing with {@code model}; {@code null} types by the hand-weighted vote (to train a first model). */
    Extractor(Collection<Path> userLexicons, TypingModel model) {
        this(userLexicons, model, null, NlpPipelines.Parsing.ON_DEMAND);
    }

    /** An extractor typing with {@code model} whose events come from the rules and {@code detector} ({@code null}: rules alone). */
    Extractor(Collection<Path> userLexicons, TypingModel model, EventDetector detector) {
        this(userLexicons, model, detector, NlpPipelines.Parsing.ON_DEMAND);
    }

    private Extractor(Collection<Path> userLexicons, TypingModel model, EventDetector detector, NlpPipelines.Parsing parsing) {
        this(userLexicons, model, detector, parsing, ParseObserver.NONE);
    }

    /** The default extractor (bundled models, parsing on demand) telling {@code observer} what makes it parse: for profiling. */
    static Extractor observed(ParseObserver observer) {
        return new Extractor(List.of(), TypingModel.bundled(), EventDetector.bundled(), NlpPipelines.Parsing.ON_DEMAND, observer);
    }

    private Extractor(Collection<Path> userLexicons, TypingModel model, EventDetector detector, NlpPipelines.Parsing parsing,
                      ParseObserver observer) {
        this.detector = detector;
        this.pipelines = new NlpPipelines(parsing, observer);
        this.lexicon = Lexicon.load(userLexicons);
        Cues cues = Cues.bundled();
        this.typer = new EntityTyper(new TypingFeatures(lexicon, cues), model);
        this.resolver = new EntityResolver(cues::isGivenName);
        this.spans = new SpanFinder(lexicon, new ModelNamePatterns(lexicon, word -> !cues.is("not-name", word) && !cues.isMonth(word)), cues);
        this.anaphora = new Anaphora(cues);
        this.recurring = new RecurringNames(cues);
        this.makerProducts = new MakerProducts(cues, lexicon);
        this.properNames = new ProperNames(cues);
        this.teams = new TeamNames(cues);
        this.organizations = new OrganizationNames(cues);
        this.events = new EventFinder(triggers);
    }

    /** An extractor with the bundled gazetteer only. */
    public Extractor() {
        this(List.of());
    }

    /**
     * True when articles in {@code lang} get the full pipeline (CoreNLP models for English and French);
     * other languages get the basic one: gazetteer, model-name patterns and trigger words, no statistical NER.
     */
    public static boolean fullySupports(String lang) {
        return NlpPipelines.supports(lang);
    }

    /** The shared CoreNLP pipelines (for the tests that run rule examples through them). */
    NlpPipelines pipelines() {
        return pipelines;
    }

    /** Seconds this extractor has spent loading CoreNLP models (on first use of each language, or in {@link #warmUp}). */
    public double modelLoadingSeconds() {
        return pipelines.loadingSeconds();
    }

    /** Loads the CoreNLP models for these languages now rather than on first use. */
    public void warmUp(Collection<String> langs) {
        for (String lang : langs) pipelines.forLanguage(lang);
    }

    /**
     * Extracts the facts of one article.
     *
     * @throws ChronographException when the article's language has no models
     */
    public Extraction extract(Article article) {
        return extract(article, null, null);
    }

    /**
     * Extracts the facts of one article from its analysis ({@code null}: analysed now), telling {@code observer}
     * (when not {@code null}) what the event detector sees of each sentence: what the detector's trainer reads.
     */
    Extraction extract(Article article, List<AnalyzedSentence> analyzed, EventDetector.Observer observer) {
        Body body = article.body();
        String text = body.text();
        if (text.isBlank()) return new Extraction(article, List.of(), List.of(), List.of());
        Candidates analysis = analyzed == null ? candidates(article) : candidates(article, analyzed);
        List<AnalyzedSentence> sentences = analysis.sentences();
        // teams ("the Superalignment team") are named at extraction only: the typer's training candidates stay as they are
        // so are the whole names of public bodies, courts and universities ("Office of the Data Commissioner of Kenya")
        List<List<Span>> spansBySentence = article.lang().equals("en")
                ? organizations.add(sentences, teams.add(sentences, analysis.spans())) : analysis.spans();
        PageLayout layout = analysis.layout();
        EntityResolver.Resolved resolved = resolver.resolve(sentences, spansBySentence, body::toOriginal,
                c -> {
                    if (TeamNames.isTeam(c) || OrganizationNames.isOrganizationName(c)) return EntityType.Organization;
                    // a table cell's name is typed by its column's header ("Company", "Model"), else by the typer
                    EntityType byHeader = analysis.pageNames().headerType(c);
                    return byHeader != null ? byHeader : typer.type(c, analysis.context());
                });

        Entity mainPerson = Anaphora.salient(resolved.entities(), e -> e.type() == EntityType.Person).orElse(null);
        // whom a profile's career list is about: the person its title names, else the one named most
        Entity titled = TenureItems.titled(article.title(), resolved.entities());
        Entity profiled = titled != null ? titled : mainPerson;
        Entity mainCompany = Anaphora.salient(resolved.entities(), e -> e.type() == EntityType.Company).orElse(null);
        java.util.function.Function<Entity, EntityRef> makers = product -> lexicon.makerOf(product.name())
                .map(m -> new EntityRef(EntityKeys.of(m.name()), nameIn(resolved.entities(), m), m.type()))
                .orElse(mainCompany == null ? null : mainCompany.ref());
        DateFinder dates = dateFinders.computeIfAbsent(article.lang(), DateFinder::forLanguage);
        TimeContext context = new TimeContext(article.published());
        PageSubjects pageSubjects = new PageSubjects(layout, triggers, article.lang());
        ColumnHeaders headers = new ColumnHeaders(triggers, article.lang(), header -> sentences(article.lang(), header));
        PageDates pageDates = new PageDates(layout, dates, context, headers);
        ColumnEvents columns = new ColumnEvents(layout, pageSubjects, pageDates, headers);
        HeadingItems headingItems = new HeadingItems(layout, triggers, article.lang(), heading -> sentences(article.lang(), heading));
        EventMerger found = new EventMerger();
        Employers employers = new Employers();
        Posts posts = new Posts();
        int paragraph = -1;
        EventDate paragraphDate = null;
        // the person the line before a list names ("**Jane Doe** (chief scientist, Zeta)" above her career's items)
        Entity listIntro = null;
        // each person's gender as the article's words tell it: a pronoun means only a person it agrees with
        List<List<EntityMention>> named = new ArrayList<>();
        for (AnalyzedSentence s : sentences) named.add(mentionsOf(s, spansBySentence, resolved));
        PersonGenders genders = PersonGenders.read(article.lang(), sentences, named, w -> Cues.bundled().is("company-pronoun", w));
        // the paragraph's people, last named last: whom a pronoun may mean, with the profiled person after them
        List<Entity> paragraphPeople = new ArrayList<>();
        Anaphora.Focus focus = new Anaphora.Focus(mainCompany);
        Anaphora.Group group = new Anaphora.Group();
        // the section heading the sentences stand under: its words are the detector's context (EventFeatures)
        AnalyzedSentence heading = null;
        // whether the paragraph before was prose (a heading, a list or a table breaks the story)
        boolean previousProse = false;
        // the story's time before each sentence (by its evidence): what an undated event of a company takes
        Map<Evidence, EventDate> toldBefore = new java.util.HashMap<>();
        // the article's opening: its sentences up to the end of its first prose paragraph (a news story's lede tells what
        // is new; a later sentence told before any date tells a profile's background, of no known year: InferredDates)
        java.util.Set<Evidence> opening = new java.util.HashSet<>();
        int openingParagraph = -1;
        // the list item being read
        Block itemBlock = null;
        for (int i = 0; i < sentences.size(); i++) {
            AnalyzedSentence s = sentences.get(i);
            Block block = layout.blockOf(s);
            Block.Kind kind = block == null ? null : block.kind();
            if (kind == Block.Kind.HEADING) {
                heading = s;
                context.newSection();
            }
            if (s.paragraph() != paragraph) {
                paragraph = s.paragraph();
                paragraphDate = null;
                paragraphPeople.clear();
                // prose after prose under one heading goes on with the company the last paragraph made its subject
                boolean prose = kind == null || kind == Block.Kind.PARAGRAPH;
                focus.newParagraph(prose && previousProse);
                previousProse = prose;
                group.newParagraph();
                context.newParagraph();
            }
            // a list item is a fact of its own: a month told without a year in it is not placed by a date another item
            // told in passing (TimeContext#newItem)
            if (kind != Block.Kind.ITEM) context.outsideItems();
            else if (!block.equals(itemBlock)) context.newItem();
            itemBlock = kind == Block.Kind.ITEM ? block : null;
            EventDate toldBeforeSentence = context.lastExplicit();
            List<TimeMention> times = dates.find(s.text(), context, new DateGovernors(s));
            // a table row's dates are its own facts, and a table breaks the story: a month told without a year after it
            // is placed by the publication date ("| Series A | 2022 | ... |" then "She moved to Zeta in February")
            if (pageDates.row(s)) context.endFrame();
            else context.advance(times, s.text());
            if (kind == Block.Kind.ITEM) context.readInItem(toldBeforeSentence);
            List<EntityMention> mentions = new ArrayList<>(named.get(i));
            pageSubjects.note(s, mentions);
            // "## Funding (2024)" then "## People": a month told without a year under the new heading is placed by the
            // publication date again
            if (pageDates.note(s, times)) context.endFrame();
            mentions.addAll(pageSubjects.implied(s, mentions));
            List<Entity> people = new ArrayList<>(paragraphPeople.reversed());
            // "### Jane Doe" over "- **Parcours** : ..., elle a rejoint Acme": the person the page lends the sentence
            // (PageSubjects) comes before the article's profiled one
            Entity lent = pageSubjects.subjectOf(s);
            if (lent != null && lent.type() == EntityType.Person && !people.contains(lent)) people.add(lent);
            if (profiled != null && !people.contains(profiled)) people.add(profiled);
            mentions.addAll(anaphora.resolve(s, mentions, people, genders, focus, group));
            focus.note(s, mentions, anaphora.subjects());
            group.note(s, mentions);
            // the person the paragraph named last before this sentence
            Entity lastPersonBefore = paragraphPeople.isEmpty() ? null : paragraphPeople.getLast();
            boolean item = kind == Block.Kind.ITEM;
            if (!item && !layout.isHeading(s)) listIntro = TenureItems.labelled(s, mentions);
            for (EntityMention m : mentions) {
                if (m.type() != EntityType.Person) continue;
                paragraphPeople.remove(m.entity());
                paragraphPeople.add(m.entity());
            }
            Evidence evidence = layout.evidence(s);
            // a table row's facts are its own, not the story's: they take no date from it
            if (!pageDates.row(s)) toldBefore.putIfAbsent(evidence, pageDates.toldBefore());
            if (openingParagraph < 0 && (kind == null || kind == Block.Kind.PARAGRAPH) && !layout.isHeading(s)) {
                openingParagraph = s.paragraph();
            }
            if (openingParagraph < 0 || s.paragraph() == openingParagraph) opening.add(evidence);
            EventDate fallback = pageDates.fallback(s, paragraphDate);
            // a table row's posts are read now: its column's event looks at the events its cells tell (ColumnEvents)
            boolean row = kind == Block.Kind.ROW;
            // what an event naming no company falls back to: the subject company of the paragraph's last sentence naming
            // one (read from tags: the same whether that sentence was parsed or not), else the page's main company
            Entity inFocus = focus.subjectOr(mainCompany);
            EventFinder.Told told = layout.isHeading(s) ? EventFinder.Told.NOTHING : events.find(article.lang(), s, mentions, times,
                    fallback, evidence, makers, inFocus == null ? null : inFocus.ref(), !row);
            if (told.postsLeft()) {
                List<EntityMention> said = List.copyOf(mentions);
                List<TimeMention> dated = List.copyOf(times);
                posts.later(said, () -> EventFinder.posts(article.lang(), s, said, dated, fallback, evidence));
            }
            List<Event> byRules = new ArrayList<>(columns.with(s, told.events(), mentions, times, evidence, makers, inFocus));
            // "## Principales annonces" over "- **Vega 3** : ...": an item under a heading of releases (HeadingItems)
            byRules = new ArrayList<>(headingItems.with(s, byRules, mentions, times, fallback, evidence, makers));
            // "**Google Brain (2012-2016)**: research engineer": a tenure in a career list (TenureItems)
            // an item opened by a person's name ("**Yuki Tanabe**, product director (Dropbox, 2018–2022; ...)") is that person's
            Entity itemPerson = item ? TenureItems.opener(s, mentions) : null;
            byRules.addAll(TenureItems.of(s, kind, mentions, itemPerson != null ? itemPerson
                    : lastPersonBefore != null ? lastPersonBefore : listIntro != null ? listIntro : profiled, titled, evidence));
            // a post held now, told in the present ("il dirige aujourd'hui Orbit", "À la tête d'Orbit, ..."): a post (HeldPosts)
            byRules.replaceAll(e -> HeldPosts.read(article.lang(), s, mentions, times, e));
            // "Elle a été remplacée par Paul Acier": a post named at no organization is at the company in focus (FocusPosts)
            byRules.replaceAll(e -> FocusPosts.at(e, inFocus == null ? null : inFocus.ref()));
            // a present post ("Zeta's CEO Jane Doe") is no event: it only tells the moves where a departure led
            byRules.removeIf(e -> MoveDeriver.isPost(e) && posts.add(e));
            // "X, arrivée de Criteo, est nommée directrice de Brisane": a post taken by one who came from elsewhere is a
            // join too (ImpliedJoins); the detector is not told of it, as it was not trained with it
            List<Event> stating = new ArrayList<>(byRules);
            stating.addAll(ImpliedJoins.of(byRules));
            // a sentence's events are completed from where its people worked before it: "left the venture to join X as
            // vice-president" left the venture, whatever order the sentence's events come in; a founding tells where
            // they were, and counts at once ("co-founder Marcus Dell, who stepped down" left what he founded)
            List<Event> noted = new ArrayList<>();
            for (Event stated : stating) {
                Event withEmployer = employers.complete(stated);
                // "**Premier modèle (2021)** : Helio 1, publié ...": an undated event of a list item takes its lead-in's
                // date; not a career's or a founding's ("ancien de X", "l'accord fondateur" tell no date of their own)
                EventDate leadIn = pageDates.leadIn(s);
                // an item opened by a date alone ("- **June 2025** — The board appointed ...") is a chronology's entry: a
                // join or a new post there is at that date too
                boolean itemDates = !UNDATED_IN_ITEMS.contains(withEmployer.type())
                        || DATED_IN_CHRONOLOGIES.contains(withEmployer.type()) && pageDates.chronologyEntry(s);
                Event itemDated = withEmployer.date() == null && leadIn != null && itemDates
                        ? withEmployer.withDate(leadIn)
                        : withEmployer;
                // a delay happens when it is told, not at the new date it sets (TriggerDates.delayDate)
                Event completed = itemDated.type() != EventType.DELAY ? itemDated : itemDated.withDate(
                        TriggerDates.delayDate(s.text(), times, itemDated.date(), pageDates.local(s, paragraphDate),
                                article.published()));
                boolean ownDate = completed.date() != null && (completed.date().equals(pageDates.stated(s))
                        || times.stream().anyMatch(t -> completed.date().equals(t.date())));
                Event e = pageDates.scoped(completed, ownDate, s, paragraphDate);
                // "joining a symposium": a join says where to, or it is no move
                if (e.type() == EventType.JOIN && e.participants().stream().noneMatch(p -> p.entity().type().isOrganization())) continue;
                found.add(e, ownDate);
                if (observer != null) observer.ruleEvent(e, ownDate);
                if (e.type() == EventType.FOUNDING) employers.note(e);
                else noted.add(e);
            }
            noted.forEach(employers::note);
            // the learned detector: events of the types the rules missed in this sentence (see EventDetector)
            if ((detector != null || observer != null) && !layout.isHeading(s) && !s.headingLike()) {
                java.util.SortedSet<String> features = EventFeatures.of(article.lang(), s, kind,
                        heading, mentions, times, told.hits());
                // the types the rules made of the sentence: the detector is asked only about others, and learns so
                for (Event r : byRules) features.add("rule=" + r.type());
                java.util.Set<EventType> undone = TriggerReading.undoneTypes(article.lang(), s, told.hits());
                for (Event e : EventDetector.events(article.lang(), detector, observer, features, s, byRules, mentions, times, evidence, makers,
                        mainCompany == null ? null : mainCompany.ref())) {
                    if (undone.contains(e.type()) || HeldPosts.isHeldNow(article.lang(), s, mentions, times, e)) continue;
                    // a sentence with no date of its own tells its event at the time its page and story give (as rules do)
                    EventDate inherited = e.date() == null && times.stream().allMatch(t -> t.date() == null)
                            ? pageDates.fallback(s, paragraphDate) : null;
                    found.add(inherited == null ? e : pageDates.scoped(e.withDate(inherited), false, s, paragraphDate), e.date() != null);
                }
            }
            // the last date the sentence tells, unless it describes a name beside the main clause's date (StoryDates);
            // only the next sentences of the paragraph read it, so the last sentence of a paragraph asks no parse for it
            List<TimeMention> story = times.stream().filter(t -> t.date() != null && context.tellsStory(s.text(), t)).toList();
            boolean storyGoesOn = i + 1 < sentences.size() && sentences.get(i + 1).paragraph() == s.paragraph();
            if (!story.isEmpty()) paragraphDate = storyGoesOn ? StoryDates.last(s, story) : story.getLast().date();
        }
        // what the article leaves undated but a reader infers: a move's date told beside it, the story's time (InferredDates)
        List<Event> eventList = InferredDates.complete(found.events(), toldBefore, article.published());
        List<Event> career = new ArrayList<>(eventList);
        career.addAll(posts.all(eventList));
        List<Event> timeline = InferredDates.onTimeline(found.events(), toldBefore, article.published(), opening::contains);
        return new Extraction(article, resolved.entities(), timeline, moves.derive(career, mainCompany == null ? null : mainCompany.ref()),
                sentences.stream().map(AnalyzedSentence::text).toList(), Extraction.Work.of(sentences));
    }

    /** The entities an article's names stand for in one sentence, before any pronoun is resolved. */
    private static List<EntityMention> mentionsOf(AnalyzedSentence s, List<List<Span>> spansBySentence, EntityResolver.Resolved resolved) {
        List<EntityMention> mentions = new ArrayList<>();
        for (Span span : spansBySentence.get(s.index())) {
            Entity e = resolved.mentionOf().get(span);
            if (e != null) mentions.add(new EntityMention(e, span.from(), span.to()));
        }
        return mentions;
    }

    /** Events a list item's lead-in date does not date when their own sentence gives them none. */
    private static final java.util.Set<EventType> UNDATED_IN_ITEMS = java.util.EnumSet.of(EventType.FOUNDING, EventType.JOIN,
            EventType.DEPARTURE, EventType.APPOINTMENT);
    /** Of those, the events an item opened by a date alone dates ("ancien de X" and "co-founder of X" still tell none). */
    private static final java.util.Set<EventType> DATED_IN_CHRONOLOGIES = java.util.EnumSet.of(EventType.JOIN,
            EventType.APPOINTMENT);

    /** An article's sentences, its mentions by sentence, its candidate entities and what typing reads of it. */
    record Candidates(List<AnalyzedSentence> sentences, List<List<Span>> spans, List<Candidate> candidates,
                      TypingFeatures.Article context, PageLayout layout, PageNames pageNames) {
    }

    /** The candidate entities of an article, before typing (what the typer is trained and measured on). */
    Candidates candidates(Article article) {
        return candidates(article, sentences(article));
    }

    /** The article's sentences as CoreNLP (or the basic analyzer, for other languages) reads them. */
    List<AnalyzedSentence> sentences(Article article) {
        return sentences(article.lang(), article.body().text());
    }

    /**
     * {@code text} with the periods inside names made underscores ("01.AI", "Character.AI": a period inside a name must
     * not end the sentence; the same length keeps offsets), except those of an initialism ("U.S.", "U.K.", "U.S.A."),
     * which the tokenizer knows whole: "U_S." would read as a word and a full stop, and "the U.S. Department of
     * Justice" as two sentences.
     */
    static String withoutInnerPeriods(String text) {
        java.util.regex.Matcher m = INNER_PERIOD.matcher(text);
        StringBuilder out = new StringBuilder(text);
        while (m.find()) {
            if (!insideInitialism(text, m.start())) out.setCharAt(m.start(), '_');
        }
        return out.toString();
    }

    /** Whether the period at {@code at} stands between two single letters of an initialism ("U.S.", "U.S.A."). */
    private static boolean insideInitialism(String text, int at) {
        boolean singleBefore = at >= 1 && (at < 2 || !Character.isLetterOrDigit(text.charAt(at - 2)));
        boolean singleAfter = at + 2 < text.length() && text.charAt(at + 2) == '.';
        return singleBefore && singleAfter;
    }

    /** A text in language {@code lang} as CoreNLP (or the basic analyzer) reads it: an article's, or a table header's. */
    private List<AnalyzedSentence> sentences(String lang, String text) {
        if (text.isBlank()) return List.of();
        if (!fullySupports(lang)) return basic.analyze(text);
        CoreDocument doc = new CoreDocument(withoutInnerPeriods(text));
        pipelines.annotate(lang, doc);
        return analyze(doc, text, cs -> pipelines.parseOf(lang, cs));
    }

    /**
     * The candidate entities of an article read as {@code sentences}, each sentence told where it stands on the page
     * (headings and table headers state nothing, lead-ins and cells are names whatever their case).
     */
    Candidates candidates(Article article, List<AnalyzedSentence> analyzed) {
        PageLayout layout = new PageLayout(article.body());
        List<AnalyzedSentence> sentences = layout.mark(analyzed);
        PageNames pageNames = new PageNames(layout);
        List<List<Span>> spansBySentence = new ArrayList<>();
        for (AnalyzedSentence s : sentences) spansBySentence.add(pageNames.adjust(s, spans.find(s, article.lang())));
        spansBySentence = recurring.add(sentences, spansBySentence);
        spansBySentence = NameWidening.widen(sentences, spansBySentence);
        spansBySentence = RepeatedNames.add(sentences, spansBySentence);
        if (!Boolean.getBoolean("chronograph.noProperNames")) spansBySentence = properNames.add(sentences, spansBySentence);
        spansBySentence = makerProducts.add(sentences, spansBySentence);
        return new Candidates(sentences, spansBySentence, resolver.group(sentences, spansBySentence),
                new TypingFeatures.Article(article.lang(), sentences), layout, pageNames);
    }

    EntityTyper typer() {
        return typer;
    }

    /** The name an article uses for a gazetteer entity, else its canonical name. */
    private static String nameIn(List<Entity> entities, LexiconEntry e) {
        String key = EntityKeys.of(e.name());
        return entities.stream().filter(x -> x.key().equals(key)).map(Entity::name).findFirst().orElse(e.name());
    }

    private static List<AnalyzedSentence> analyze(CoreDocument doc, String text, java.util.function.Function<CoreSentence, Parse> parses) {
        List<AnalyzedSentence> out = new ArrayList<>();
        int paragraph = 0;
        int scanned = 0;
        List<CoreSentence> sentences = doc.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            CoreSentence cs = sentences.get(i);
            int begin = cs.charOffsets().first();
            int end = cs.charOffsets().second();
            List<edu.stanford.nlp.ling.CoreLabel> tokens = new ArrayList<>(cs.tokens());
            Parse parse = parses.apply(cs);
            // "01.AI" is split after "01." by the sentence splitter: glue sentences with no space between them
            while (i + 1 < sentences.size() && sentences.get(i + 1).charOffsets().first() == end) {
                CoreSentence next = sentences.get(++i);
                tokens.addAll(next.tokens());
                end = next.charOffsets().second();
                parse = Parse.NONE;
            }
            int blank = text.indexOf("\n\n", scanned);
            while (blank >= 0 && blank < begin) {
                paragraph++;
                blank = text.indexOf("\n\n", blank + 2);
            }
            scanned = Math.max(scanned, begin);
            out.add(new AnalyzedSentence(out.size(), paragraph, begin, end, text.substring(begin, end), tokens, parse));
        }
        return out;
    }
}
