package org.opendisclosure.rest.feed;

import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.opendisclosure.rest.api.CategoryRef;
import org.opendisclosure.rest.api.OrganRef;
import org.opendisclosure.rest.view.Views;

/**
 * An Atom feed (RFC 4287) of public events. Entry ids are name-based UUIDs of item, event kind
 * and revision, so an entry keeps its id across requests and servers; {@code updated} is the
 * event's own time, so the feed (and its ETag) only changes when something happens.
 */
public final class AtomFeed {
  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  public static String write(List<PublicEvents.Event> events, Views views, URI base, URI self, String title) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeStartElement("feed");
      x.writeDefaultNamespace(ATOM);
      element(x, "id", urn("feed:" + self.getPath() + "?" + (self.getRawQuery() == null ? "" : self.getRawQuery())));
      element(x, "title", title);
      element(x, "updated", time(events.isEmpty() ? Instant.EPOCH : events.get(0).at()));
      link(x, "self", self.toString(), "application/atom+xml");
      link(x, "alternate", base.resolve("api/v1/items").toString(), "application/json");
      x.writeStartElement("author");
      element(x, "name", "OpenDisclosure 政务公开");
      x.writeEndElement();
      element(x, "generator", "OpenDisclosure");
      for (PublicEvents.Event e : events) {
        entry(x, e, views, base);
      }
      x.writeEndElement();
      x.writeEndDocument();
      x.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the feed", e);
    }
    return out.toString();
  }

  private static void entry(XMLStreamWriter x, PublicEvents.Event e, Views views, URI base) throws XMLStreamException {
    OrganRef organ = views.organ(e.item().organCode());
    CategoryRef category = views.category(e.item().categoryCode());
    String id = e.id().value();
    x.writeStartElement("entry");
    element(x, "id", urn("entry:" + id + ":" + e.kind() + ":" + e.revision()));
    element(x, "title", switch (e.kind()) {
      case "publication" -> e.title();
      case "correction" -> "更正：" + e.title();
      default -> "撤回：" + e.item().indexNumber();
    });
    element(x, "updated", time(e.at()));
    element(x, "published", time(e.at()));
    String href = e.kind().equals("withdrawal") ? "api/v1/items/" + id + "/history" : "api/v1/items/" + id;
    link(x, "alternate", base.resolve(href).toString(), "application/json");
    x.writeStartElement("author");
    element(x, "name", organ.name());
    x.writeEndElement();
    x.writeEmptyElement("category");
    x.writeAttribute("term", category.code());
    x.writeAttribute("label", category.name());
    element(x, "summary", switch (e.kind()) {
      case "publication" -> organ.name() + "发布" + category.name() + "（索引号 " + e.item().indexNumber() + "）";
      case "correction" -> "更正说明：" + (e.note() == null ? "" : e.note());
      default -> "撤回原因：" + (e.note() == null ? "" : e.note());
    });
    x.writeEndElement();
  }

  private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
    x.writeStartElement(name);
    x.writeCharacters(text == null ? "" : text);
    x.writeEndElement();
  }

  private static void link(XMLStreamWriter x, String rel, String href, String type) throws XMLStreamException {
    x.writeEmptyElement("link");
    x.writeAttribute("rel", rel);
    x.writeAttribute("type", type);
    x.writeAttribute("href", href);
  }

  private static String urn(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(("opendisclosure:" + name).getBytes(StandardCharsets.UTF_8));
  }

  private static String time(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }
}
