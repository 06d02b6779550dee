package org.chronograph.export;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.chronograph.ChronographException;
import org.chronograph.query.GraphSnapshot;

/**
 * The graph as <a href="http://graphml.graphdrawing.org/">GraphML</a>, for Gephi, yEd or Cytoscape desktop: one
 * {@code node} per entity, event, move and article with its labels and properties, one directed {@code edge} per
 * relationship with its type and properties. Lists become text joined by "; ", dates ISO text.
 */
public final class GraphMl {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    /** Characters XML 1.0 cannot hold, even escaped. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private GraphMl() {
    }

    /**
     * Writes the snapshot to {@code out} (not closed).
     *
     * @throws ChronographException when writing fails
     */
    public static void write(GraphSnapshot graph, Writer out) {
        Map<String, String> nodeKeys = keys(graph.nodes().stream().map(GraphSnapshot.Node::properties).toList());
        Map<String, String> edgeKeys = keys(graph.edges().stream().map(GraphSnapshot.Edge::properties).toList());
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeCharacters("\n");
            key(xml, "n:labels", "node", "labels", "string");
            for (Map.Entry<String, String> k : nodeKeys.entrySet()) {
                key(xml, "n:" + k.getKey(), "node", k.getKey(), k.getValue());
            }
            key(xml, "e:type", "edge", "type", "string");
            for (Map.Entry<String, String> k : edgeKeys.entrySet()) {
                key(xml, "e:" + k.getKey(), "edge", k.getKey(), k.getValue());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "chronograph");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            for (GraphSnapshot.Node node : graph.nodes()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", node.id());
                data(xml, "n:labels", String.join(":", node.labels()));
                for (Map.Entry<String, Object> p : new TreeMap<>(node.properties()).entrySet()) {
                    data(xml, "n:" + p.getKey(), text(p.getValue()));
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            int index = 0;
            for (GraphSnapshot.Edge edge : graph.edges()) {
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "e" + index++);
                xml.writeAttribute("source", edge.source());
                xml.writeAttribute("target", edge.target());
                data(xml, "e:type", edge.type());
                for (Map.Entry<String, Object> p : new TreeMap<>(edge.properties()).entrySet()) {
                    data(xml, "e:" + p.getKey(), text(p.getValue()));
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new ChronographException("cannot write GraphML: " + e.getMessage(), e);
        }
    }

    /** Property name to GraphML type, by name; a property with values of several kinds is a string. */
    private static Map<String, String> keys(List<Map<String, Object>> all) {
        Map<String, String> types = new TreeMap<>();
        for (Map<String, Object> properties : all) {
            properties.forEach((name, value) -> types.merge(name, type(value), (a, b) -> a.equals(b) ? a : "string"));
        }
        return new LinkedHashMap<>(types);
    }

    private static String type(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return "long";
        }
        if (value instanceof Double || value instanceof Float) {
            return "double";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        return "string";
    }

    private static String text(Object value) {
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(String.valueOf(v)));
            return String.join("; ", parts);
        }
        return String.valueOf(value);
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
        xml.writeCharacters("\n");
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(NOT_XML.matcher(value).replaceAll("\uFFFD"));
        xml.writeEndElement();
    }
}
