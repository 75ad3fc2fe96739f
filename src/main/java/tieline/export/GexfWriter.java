package tieline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import tieline.graph.GraphView;
import tieline.graph.Relationship;
import tieline.model.Entity;
import tieline.model.Evidence;
import tieline.model.Mention;

/**
 * Writes a view as a dynamic GEXF 1.3 graph that Gephi's timeline plays: {@code mode="dynamic"},
 * {@code timeformat="date"}, {@code timerepresentation="timestamp"}; each relationship exists on
 * the dates of its evidence (one {@code <spell timestamp="yyyy-mm-dd"/>} per distinct date) and
 * each entity on the dates of its visible mentions and evidence. Undated
 * items carry no spells (always present). Nodes and edges carry the attributes of
 * {@link ViewAttributes}; edge weight is the evidence count.
 */
public final class GexfWriter implements ViewWriter {

    /** The GEXF 1.3 namespace. */
    public static final String NAMESPACE = "http://gexf.net/1.3";

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public void write(GraphView view, OutputStream out) throws IOException {
        try {
            XMLStreamWriter x = FACTORY.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("gexf");
            x.writeDefaultNamespace(NAMESPACE);
            x.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
            x.writeAttribute("http://www.w3.org/2001/XMLSchema-instance", "schemaLocation",
                    NAMESPACE + " " + NAMESPACE + "/gexf.xsd");
            x.writeAttribute("version", "1.3");
            x.writeStartElement("meta");
            x.writeStartElement("creator");
            x.writeCharacters("Tieline");
            x.writeEndElement();
            x.writeStartElement("description");
            x.writeCharacters(XmlText.clean("Tieline relationship graph; " + view.entities().size() + " entities, "
                    + view.relationships().size() + " relationships"
                    + (view.filter().ceiling() == null ? "" : "; ceiling " + view.filter().ceiling().bannerText())));
            x.writeEndElement();
            x.writeEndElement();

            x.writeStartElement("graph");
            x.writeAttribute("mode", "dynamic");
            x.writeAttribute("defaultedgetype", "undirected");
            x.writeAttribute("timeformat", "date");
            x.writeAttribute("timerepresentation", "timestamp");
            declare(x, "node", ViewAttributes.NODE);
            declare(x, "edge", ViewAttributes.EDGE);

            x.writeStartElement("nodes");
            for (Entity e : view.entities()) {
                x.writeStartElement("node");
                x.writeAttribute("id", XmlText.clean(e.id()));
                x.writeAttribute("label", XmlText.clean(e.name()));
                values(x, ViewAttributes.of(view, e));
                spells(x, entityDates(view, e));
                x.writeEndElement();
            }
            x.writeEndElement();

            x.writeStartElement("edges");
            for (Relationship r : view.relationships()) {
                x.writeStartElement("edge");
                x.writeAttribute("id", XmlText.clean(r.id()));
                x.writeAttribute("source", XmlText.clean(r.sourceId()));
                x.writeAttribute("target", XmlText.clean(r.targetId()));
                x.writeAttribute("label", r.strongestType().name());
                x.writeAttribute("weight", Integer.toString(r.evidenceCount()));
                values(x, ViewAttributes.of(r));
                TreeSet<LocalDate> dates = new TreeSet<>();
                for (Evidence ev : r.timeline()) {
                    if (ev.date() != null) {
                        dates.add(ev.date());
                    }
                }
                spells(x, dates);
                x.writeEndElement();
            }
            x.writeEndElement();

            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("GEXF export failed: " + e.getMessage(), e);
        }
    }

    private static TreeSet<LocalDate> entityDates(GraphView view, Entity e) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (Mention m : view.mentionsOf(e.id())) {
            LocalDate d = view.graph().dateOf(m);
            if (d != null) {
                dates.add(d);
            }
        }
        for (Relationship r : view.relationshipsOf(e.id())) {
            for (Evidence ev : r.timeline()) {
                if (ev.date() != null) {
                    dates.add(ev.date());
                }
            }
        }
        return dates;
    }

    private static void declare(XMLStreamWriter x, String kind, java.util.List<ViewAttributes.Definition> defs)
            throws XMLStreamException {
        x.writeStartElement("attributes");
        x.writeAttribute("class", kind);
        for (ViewAttributes.Definition d : defs) {
            x.writeEmptyElement("attribute");
            x.writeAttribute("id", d.name());
            x.writeAttribute("title", d.name());
            x.writeAttribute("type", d.kind() == ViewAttributes.Kind.INTEGER ? "integer" : "string");
        }
        x.writeEndElement();
    }

    private static void values(XMLStreamWriter x, Map<String, Object> values) throws XMLStreamException {
        x.writeStartElement("attvalues");
        for (Map.Entry<String, Object> v : values.entrySet()) {
            x.writeEmptyElement("attvalue");
            x.writeAttribute("for", v.getKey());
            x.writeAttribute("value", XmlText.clean(v.getValue().toString()));
        }
        x.writeEndElement();
    }

    private static void spells(XMLStreamWriter x, TreeSet<LocalDate> dates) throws XMLStreamException {
        if (dates.isEmpty()) {
            return;
        }
        x.writeStartElement("spells");
        for (LocalDate d : dates) {
            x.writeEmptyElement("spell");
            x.writeAttribute("timestamp", d.toString());
        }
        x.writeEndElement();
    }
}
