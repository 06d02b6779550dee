package org.chronograph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.chronograph.extract.time.TimeMention;
import org.chronograph.source.Block;

/**
 * Events a table states through its columns: a cell under a header that names an event ("Founded", "Funding (as
 * of Q3 2025)", "Release date", "Fondée en") states that event of the row's subject, dated by the cell's own date,
 * else the header's ("| Kestrel Motion | 2019 |" under "Founded": Kestrel Motion was founded in 2019; "$45M
 * Series A" under "Funding (as of Q3 2025)": a funding in 2025-Q3). The header is read with the same trigger words as
 * sentences. A column of where people went or came from ("| Person | Left | Joined | When |", "| Personne | Départ |
 * Arrivée | Date |") states a departure or a join of the row's person at the organization its cell names, dated by
 * the cell, else its header, else the row's date column ("| Owen Hart | Pylon Dynamics | Ostrava AI | June 2026 |":
 * Owen Hart left Pylon Dynamics and joined Ostrava AI in June 2026). Stateless apart from the article's page.
 */
final class ColumnEvents {
    /** Event types a column can state of its row's subject, each with clear roles. */
    private static final Set<EventType> STATED = Set.of(EventType.FOUNDING, EventType.FUNDING, EventType.RELEASE,
            EventType.JOIN, EventType.DEPARTURE);
    /** Event types a row naming no subject states of the company in focus: an organization's own, with clear roles. */
    private static final Set<EventType> FOCUSED = Set.of(EventType.FUNDING);
    /** The two ends of a move, which one row tells at one date. */
    private static final Set<EventType> MOVE = Set.of(EventType.JOIN, EventType.DEPARTURE);
    /** Cell values that say there is nothing: "—", "n/a", "none", "aucun". */
    private static final Set<String> NOTHING = Set.of("n/a", "na", "none", "no", "non", "nil", "unknown", "tbd", "aucun",
            "aucune", "inconnu", "néant", "?");

    private final PageLayout layout;
    private final PageSubjects subjects;
    private final PageDates dates;
    private final ColumnHeaders headers;

    ColumnEvents(PageLayout layout, PageSubjects subjects, PageDates dates, ColumnHeaders headers) {
        this.layout = layout;
        this.subjects = subjects;
        this.dates = dates;
        this.headers = headers;
    }

    /**
     * {@code found} (the events the cell's words state) and the event its column states, when the words did not
     * already state one of that type. A row that names no subject ("| Date | Tour | Montant | Investisseurs |" over
     * "| mars 2023 | Amorçage | 4 M€ | Fonds Brume |") states a funding of {@code focus} (the company the article is
     * about, or {@code null}), dated by the row's date column when its cell has none.
     */
    List<Event> with(AnalyzedSentence s, List<Event> found, List<EntityMention> mentions, List<TimeMention> times,
                     Evidence evidence, Function<Entity, EntityRef> makerOf, Entity focus) {
        Block block = layout.blockOf(s);
        if (block == null || block.kind() != Block.Kind.ROW) return found;
        Block.Cell cell = block.cellAt(s.begin());
        String header = cell == null ? null : block.headerOf(cell);
        Entity subject = subjects.subjectOf(s);
        boolean subjectless = false;
        if (subject == null && cell != null && subjects.rowSubject(block) == null && focus != null
                && focus.type().isOrganization()) {
            subject = focus;
            subjectless = true;
        }
        if (header == null || subject == null || !hasValue(s.text())) return found;
        EventType type = headers.triggersOf(header).stream().map(Triggers.Hit::type)
                .filter(subjectless ? FOCUSED::contains : STATED::contains).findFirst().orElse(null);
        if (type == null) return found;
        // the cell's words told it already, with the header's date or none; a fact of another date ("IPO filed April
        // 2025" under "Funding (as of Q3 2025)") leaves the column's own to tell
        EventDate headerDate = dates.dateOf(header);
        if (found.stream().anyMatch(e -> e.type() == type && (e.date() == null || headerDate == null || e.date().equals(headerDate)))) {
            // told without a date ("$2.7B raised; IPO filed April 2025": the date is the IPO's): the column's is its own,
            // else it would merge with another telling of the subject's event of that type elsewhere in the article
            if (headerDate == null) return found;
            return found.stream().map(e -> e.type() == type && e.date() == null
                    ? e.withDate(headerDate) : e).toList();
        }
        List<Participant> participants = participants(type, subject, mentions, makerOf);
        if (participants.isEmpty()) return found;
        EventDate date = times.isEmpty() || found.stream().anyMatch(e -> e.type() == type) ? headerDate : times.get(0).date();
        if (date == null && (MOVE.contains(type) || subjectless)) date = rowDate(block, cell);
        List<Event> out = new ArrayList<>(found);
        // a row's leaving and joining are one move ("| Name | Left | Joined | Month |"): the leaving is at the joining's date
        out.add(new Event(type, date, participants, evidence, date != null ? 0.65 : 0.55,
                type == EventType.DEPARTURE ? Event.Leaving.MOVE_END : Event.Leaving.PASSING));
        return out;
    }

    /**
     * The date a row gives a move told in one of its cells: the one date of the row's cells whose header states no
     * event ("When", "Date") or the other end of the move ("| Name | Came from | Joined |": the leaving is dated by
     * the joining's cell), or {@code null}.
     */
    private EventDate rowDate(Block block, Block.Cell told) {
        EventDate only = null;
        for (Block.Cell other : block.cells()) {
            if (other.equals(told) || other.column() == 0 && subjects.rowSubject(block) != null) continue;
            String header = block.headerOf(other);
            if (header != null && !headers.triggersOf(header).stream().allMatch(h -> MOVE.contains(h.type()))) continue;
            EventDate date = dates.dateOf(layout.textOf(other.range()));
            if (date == null) continue;
            if (only != null && !only.equals(date)) return null;
            only = date;
        }
        return only;
    }

    private static List<Participant> participants(EventType type, Entity subject, List<EntityMention> mentions,
                                                  Function<Entity, EntityRef> makerOf) {
        List<Participant> out = new ArrayList<>();
        EntityType kind = subject.type();
        switch (type) {
            case FOUNDING -> {
                if (kind.isOrganization()) {
                    named(mentions, EntityType.Person, subject, "founder", out);
                    out.add(new Participant(subject.ref(), "founded"));
                } else if (kind == EntityType.Person) {
                    int before = out.size();
                    named(mentions, EntityType.Company, subject, "founded", out);
                    named(mentions, EntityType.Organization, subject, "founded", out);
                    if (out.size() > before) out.add(0, new Participant(subject.ref(), "founder"));
                }
            }
            case FUNDING -> {
                if (kind.isOrganization()) {
                    out.add(new Participant(subject.ref(), "funded"));
                    named(mentions, EntityType.Company, subject, "investor", out);
                    named(mentions, EntityType.Organization, subject, "investor", out);
                }
            }
            case RELEASE -> {
                if (kind == EntityType.Model || kind == EntityType.Product) {
                    EntityRef maker = makerOf.apply(subject);
                    if (maker != null) out.add(new Participant(maker, "maker"));
                    out.add(new Participant(subject.ref(), "product"));
                } else if (kind.isOrganization()) {
                    named(mentions, EntityType.Model, subject, "product", out);
                    named(mentions, EntityType.Product, subject, "product", out);
                    if (!out.isEmpty()) out.add(0, new Participant(subject.ref(), "maker"));
                }
            }
            case JOIN, DEPARTURE -> {
                if (kind == EntityType.Person) {
                    named(mentions, EntityType.Company, subject, "organization", out);
                    named(mentions, EntityType.Organization, subject, "organization", out);
                    if (!out.isEmpty()) out.add(0, new Participant(subject.ref(), "person"));
                }
            }
            default -> { }
        }
        return out;
    }

    private static void named(List<EntityMention> mentions, EntityType type, Entity subject, String role, List<Participant> out) {
        for (EntityMention m : mentions) {
            if (m.type() == type && !m.entity().key().equals(subject.key())
                    && out.stream().noneMatch(p -> p.entity().key().equals(m.entity().key()))) {
                out.add(new Participant(m.entity().ref(), role));
            }
        }
    }

    private static boolean hasValue(String cell) {
        String v = cell.strip().toLowerCase(Locale.ROOT);
        return v.chars().anyMatch(Character::isLetterOrDigit) && !NOTHING.contains(v);
    }
}
