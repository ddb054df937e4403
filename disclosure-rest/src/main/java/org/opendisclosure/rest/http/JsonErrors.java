package org.opendisclosure.rest.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import org.opendisclosure.core.FieldError;

/** Jackson's binding errors as field errors: the path of the bad field and a plain message. */
public final class JsonErrors {
  private JsonErrors() {}

  /** The field error for {@code e}, its path under {@code prefix} ("" for the body root). */
  public static FieldError of(JsonMappingException e, String prefix) {
    String path = e.getPath().stream()
        .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
        .collect(Collectors.joining());
    path = path.startsWith(".") ? path.substring(1) : path;
    String field = prefix.isEmpty() ? (path.isEmpty() ? "body" : path)
        : path.isEmpty() ? prefix : prefix + (path.startsWith("[") ? "" : ".") + path;
    return new FieldError(field, message(e));
  }

  private static String message(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      return "is not a known field";
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        return "must be one of " + List.of(target.getEnumConstants()) + ", was " + f.getValue();
      }
      return "is not a valid " + (target == null ? "value" : target.getSimpleName()) + ": " + f.getValue();
    }
    if (e instanceof MismatchedInputException mi && mi.getTargetType() != null) {
      Class<?> target = mi.getTargetType();
      return target.isEnum() ? "must be one of " + List.of(target.getEnumConstants())
          : "is not a valid " + target.getSimpleName() + " (wrong JSON type)";
    }
    String m = e.getOriginalMessage();
    int cut = m.indexOf(" (for ");
    return cut > 0 ? m.substring(0, cut) : m;
  }
}
