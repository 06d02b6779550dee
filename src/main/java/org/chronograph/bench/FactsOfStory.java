package org.chronograph.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chronograph.bench.Cast.Member;
import org.chronograph.bench.Fact.Part;
import org.chronograph.extract.Entity;
import org.chronograph.extract.Event;
import org.chronograph.extract.EventType;
import org.chronograph.extract.Evidence;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Mention;
import org.chronograph.extract.Move;
import org.chronograph.extract.Participant;
import org.chronograph.source.Article;
import org.chronograph.source.Body;

/**
 * The extraction a perfect extractor would return for a written story: every entity with its mentions, each fact's
 * events with the sentence that states them, and the moves of people who change organization.
 */
final class FactsOfStory {
    private FactsOfStory() {
    }

    static Extraction of(Story story, Report report) {
        String text = report.body();
        Article article = new Article(story.id(), "synthetic:" + story.id(), report.title(), story.lang(), story.published(),
                "https://news.example/" + story.id(), Body.plain(text), sha256(text));
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Member> members = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<Move> moves = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        int offset = 0;
        int index = 0;
        for (List<Report.Line> paragraph : report.paragraphs()) {
            for (Report.Line line : paragraph) {
                int start = offset;
                offset += line.text().length() + 1;
                sentences.add(line.text());
                Fact fact = line.fact();
                if (fact != null) {
                    for (Member m : fact.members()) {
                        members.putIfAbsent(m.key(), m);
                        int at = line.text().indexOf(m.name());
                        if (at >= 0) {
                            mentions.computeIfAbsent(m.key(), k -> new ArrayList<>())
                                    .add(new Mention(m.name(), start + at, start + at + m.name().length(), index));
                        }
                    }
                    Evidence evidence = new Evidence(line.text(), start, start + line.text().length());
                    addFacts(fact, evidence, events, moves);
                }
                index++;
            }
            offset++;
        }
        List<Entity> entities = new ArrayList<>();
        members.values().forEach(m -> entities.add(new Entity(m.key(), m.name(), m.type(),
                m.alias() == null ? List.of() : List.of(m.alias()), mentions.getOrDefault(m.key(), List.of()), 0.9)));
        return new Extraction(article, entities, events, moves, sentences);
    }

    private static void addFacts(Fact fact, Evidence evidence, List<Event> events, List<Move> moves) {
        List<Participant> participants = new ArrayList<>();
        for (Part p : fact.parts()) participants.add(new Participant(p.member().ref(), p.role()));
        events.add(new Event(fact.type(), fact.date(), participants, evidence, fact.confidence()));
        Member origin = fact.origin();
        if (origin != null) {
            events.add(new Event(EventType.DEPARTURE, fact.date(), List.of(new Participant(fact.person().ref(), "person"),
                    new Participant(origin.ref(), "organization")), evidence, fact.confidence()));
        }
        if (fact.isMove()) {
            boolean leaves = fact.type() == EventType.DEPARTURE;
            Member from = leaves ? fact.organization() : origin;
            Member to = leaves ? null : fact.organization();
            moves.add(new Move(fact.person().ref(), from == null ? null : from.ref(), to == null ? null : to.ref(),
                    fact.date(), evidence, fact.confidence()));
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
