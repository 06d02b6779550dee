package org.chronograph.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.chronograph.query.GraphSnapshot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The graph as GraphML. */
class GraphMlTest {

    @Test
    void nodesAndEdgesCarryTheirLabelsTypesAndTypedProperties() throws Exception {
        GraphSnapshot graph = new GraphSnapshot(
                List.of(new GraphSnapshot.Node("entity:quillon", List.of("Entity", "Company"),
                                Map.of("name", "Quillon & Co", "aliases", List.of("Quillon", "QC"), "typeConfidence", 0.9)),
                        new GraphSnapshot.Node("article:a1", List.of("Article"),
                                Map.of("title", "Bad \u0001 char", "published", LocalDate.parse("2025-03-14")))),
                List.of(new GraphSnapshot.Edge("entity:quillon", "article:a1", "MENTIONED_IN", Map.of("count", 3L))));

        StringWriter out = new StringWriter();
        GraphMl.write(graph, out);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(xml.getDocumentElement().getNamespaceURI()).isNull();
        assertThat(xml.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        assertThat(keys(xml)).contains("n:name node string", "n:typeConfidence node double", "e:count edge long", "n:labels node string");
        NodeList nodes = xml.getElementsByTagName("node");
        assertThat(nodes.getLength()).isEqualTo(2);
        assertThat(data((Element) nodes.item(0))).containsEntry("n:labels", "Entity:Company").containsEntry("n:name", "Quillon & Co")
                .containsEntry("n:aliases", "Quillon; QC");
        assertThat(data((Element) nodes.item(1))).containsEntry("n:published", "2025-03-14").containsEntry("n:title", "Bad \uFFFD char");
        Element edge = (Element) xml.getElementsByTagName("edge").item(0);
        assertThat(edge.getAttribute("source")).isEqualTo("entity:quillon");
        assertThat(data(edge)).containsEntry("e:type", "MENTIONED_IN").containsEntry("e:count", "3");
    }

    private static List<String> keys(Document xml) {
        NodeList keys = xml.getElementsByTagName("key");
        return java.util.stream.IntStream.range(0, keys.getLength()).mapToObj(i -> (Element) keys.item(i))
                .map(k -> k.getAttribute("id") + " " + k.getAttribute("for") + " " + k.getAttribute("attr.type")).toList();
    }

    private static Map<String, String> data(Element element) {
        Map<String, String> values = new java.util.HashMap<>();
        NodeList data = element.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            values.put(d.getAttribute("key"), d.getTextContent());
        }
        return values;
    }
}
