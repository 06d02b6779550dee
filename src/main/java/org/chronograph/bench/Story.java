package org.chronograph.bench;

import java.time.LocalDate;
import java.util.List;
import org.chronograph.bench.Cast.Member;

/**
 * The plan of one synthetic article: who it is about, when it was published and the facts it states, in order.
 *
 * @param index     position in the generated sequence, from 0
 * @param id        article id, {@code syn-0000042-en}
 * @param lang      {@code en} or {@code fr}
 * @param published publication day
 * @param main      the company the article is about
 * @param facts     facts stated, some of them already reported by earlier articles
 */
record Story(long index, String id, String lang, LocalDate published, Member main, List<Fact> facts) {
    Story {
        facts = List.copyOf(facts);
    }
}
