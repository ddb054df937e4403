package org.opendisclosure.rest.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.catalogue.Catalogue;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.rest.http.Json;
import org.opendisclosure.rest.http.JsonErrors;

/**
 * Request bodies to core {@link Content}: the payload JSON is read as the payload kind its category
 * carries, and a field of the wrong type is reported under {@code payload.…} like the core's own
 * validation errors.
 */
public final class Contents {
  private Contents() {}

  /** Content for {@code categoryCode}; a missing or unknown category leaves the payload to the core to refuse. */
  public static Content of(Catalogue catalogue, String categoryCode, String title, LocalDate formedOn, JsonNode payload,
      String bodyHtml) {
    Optional<Category> category = catalogue.find(categoryCode);
    Payload typed = category.isEmpty() || payload == null || payload.isNull() ? null
        : read(payload, category.get().payload().type());
    return new Content(title, formedOn, typed, bodyHtml == null ? "" : bodyHtml);
  }

  private static Payload read(JsonNode node, Class<? extends Payload> type) {
    if (!node.isObject()) {
      throw ValidationException.of("payload", "must be a JSON object");
    }
    try {
      return Json.mapper().treeToValue(node, type);
    } catch (JsonMappingException e) {
      throw new ValidationException(List.of(JsonErrors.of(e, "payload")));
    } catch (JsonProcessingException e) {
      throw new ValidationException(List.of(new FieldError("payload", e.getOriginalMessage())));
    }
  }

  /** Runs {@code create}; when the category is unknown, the core's "payload is required" is dropped as noise. */
  public static <T> T creating(Catalogue catalogue, String categoryCode, java.util.function.Supplier<T> create) {
    try {
      return create.get();
    } catch (ValidationException e) {
      if (catalogue.find(categoryCode).isPresent()) {
        throw e;
      }
      List<FieldError> errors = e.errors().stream()
          .filter(f -> !(f.field().equals("payload") && f.message().equals("is required"))).toList();
      throw new ValidationException(errors.isEmpty() ? e.errors() : errors);
    }
  }
}
