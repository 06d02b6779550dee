package org.chronograph.source;

import java.util.Objects;
import java.util.Optional;

/**
 * One item read from the inputs: either an {@link Ok} holding an {@link Article}, or an {@link InputProblem}.
 * Use a pattern switch: {@code case ReadResult.Ok(Article a) -> ...; case InputProblem p -> ...}.
 */
public sealed interface ReadResult extends java.io.Serializable permits ReadResult.Ok, InputProblem {

    /** An article read successfully. */
    record Ok(Article article) implements ReadResult {
        public Ok {
            Objects.requireNonNull(article, "article");
        }
    }

    /** The article, when this result holds one. */
    default Optional<Article> asArticle() {
        return this instanceof Ok ok ? Optional.of(ok.article()) : Optional.empty();
    }

    /** The problem, when this result is one. */
    default Optional<InputProblem> asProblem() {
        return this instanceof InputProblem p ? Optional.of(p) : Optional.empty();
    }
}
