package org.opendisclosure.rest.export;

import com.fasterxml.jackson.core.JsonGenerator;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.model.ItemQuery;
import org.opendisclosure.core.payload.ProcurementResult;
import org.opendisclosure.rest.api.PublicItem;
import org.opendisclosure.rest.http.Json;
import org.opendisclosure.rest.view.Views;

/** The export formats and how each streams. */
public enum ExportFormat {
  JSONL("application/x-ndjson; charset=utf-8", "jsonl"),
  CSV("text/csv; charset=utf-8", "csv"),
  OCDS("application/json; charset=utf-8", "ocds.json");

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public static ExportFormat parse(String value) {
    if (value == null || value.isBlank()) {
      return JSONL;
    }
    try {
      return valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("format", "must be jsonl, csv or ocds, was " + value);
    }
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  public StreamingOutput stream(Disclosures d, ItemQuery filters, URI base, String ocdsPrefix) {
    return out -> {
      Views views = new Views(d);
      if (this == OCDS) {
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
          g.writeStartObject();
          g.writeStringField("uri", base.resolve("api/v1/export?format=ocds").toString());
          g.writeStringField("version", "1.1");
          g.writeStringField("publishedDate", d.clock().instant().toString());
          g.writeObjectFieldStart("publisher");
          g.writeStringField("name", "OpenDisclosure");
          g.writeEndObject();
          g.writeArrayFieldStart("releases");
          Exports.forEachPublished(d, filters, v -> {
            if (v.revision().payload() instanceof ProcurementResult p && !v.revision().isRedacted()) {
              write(g, OcdsRelease.of(v, p, ocdsPrefix));
            }
          });
          g.writeEndArray();
          g.writeEndObject();
        }
        return;
      }
      Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      if (this == CSV) {
        CsvExport.header(w);
      }
      Exports.forEachPublished(d, filters, v -> {
        PublicItem p = views.publicItem(v);
        try {
          if (this == CSV) {
            CsvExport.row(w, p, v, base.resolve("api/v1/items/" + p.id()).toString());
          } else {
            w.write(Json.mapper().writeValueAsString(p));
            w.write('\n');
          }
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      w.flush();
    };
  }

  private static void write(JsonGenerator g, Object value) {
    try {
      g.writeObject(value);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
