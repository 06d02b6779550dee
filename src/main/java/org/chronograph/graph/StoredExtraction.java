package org.chronograph.graph;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.chronograph.ChronographException;
import org.chronograph.extract.Entity;
import org.chronograph.extract.Event;
import org.chronograph.extract.Extraction;
import org.chronograph.extract.Move;
import org.chronograph.source.Article;
import org.chronograph.source.Body;

/**
 * An article's extraction as the loader got it (entities with their mentions, events, moves; before entity
 * resolution), kept on its article node as gzip'd JSON: so that a curation (a merge, an alias, a split, or undoing
 * one) can load the articles it touches again with the new rules, without their files and without extracting them
 * again. The article's own properties and sentences are on the node beside it.
 */
final class StoredExtraction {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** What is stored: the extraction without its article. */
    record Facts(List<Entity> entities, List<Event> events, List<Move> moves) {
    }

    private StoredExtraction() {
    }

    /** The extraction's facts as gzip'd JSON. */
    static byte[] pack(Extraction extraction) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             GZIPOutputStream zip = new GZIPOutputStream(bytes)) {
            JSON.writeValue(zip, new Facts(extraction.entities(), extraction.events(), extraction.moves()));
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot pack the extraction of " + extraction.article().id(), e);
        }
    }

    /**
     * The extraction again, from what {@link #pack} wrote and the article node's properties.
     *
     * @throws ChronographException when the stored bytes cannot be read
     */
    static Extraction unpack(byte[] packed, String id, String source, String title, String lang, LocalDate published,
                             String url, String hash, List<String> sentences) {
        Facts facts;
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(packed))) {
            facts = JSON.readValue(zip, Facts.class);
        } catch (IOException e) {
            throw new ChronographException("cannot read the stored extraction of article " + id + ": " + e.getMessage(), e);
        }
        Article article = new Article(id, source, title, lang == null ? "und" : lang, published, url, Body.plain(""), hash);
        return new Extraction(article, facts.entities(), facts.events(), facts.moves(), sentences);
    }
}
