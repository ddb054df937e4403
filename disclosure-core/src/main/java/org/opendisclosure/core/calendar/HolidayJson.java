package org.opendisclosure.core.calendar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendisclosure.core.DisclosureException;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;

/**
 * Reads the holiday file described in {@link WorkingDayCalendar}. All or nothing: every error in
 * the file is reported, by its path ({@code years[0].makeUpWorkdays[2]}), and no year is returned
 * unless all are valid.
 */
final class HolidayJson {
  /** Field name used for errors that concern the file as a whole (not JSON, empty). */
  static final String WHOLE_FILE = "json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          // the caller opened the stream, the caller closes it
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  private record FileJson(List<YearJson> years) {}

  private record YearJson(
      Integer year, String source, List<DaySpan> daysOff, List<LocalDate> makeUpWorkdays) {}

  private HolidayJson() {}

  static List<HolidayYear> read(InputStream in) {
    FileJson file = parse(in);
    if (file.years() == null || file.years().isEmpty()) {
      throw ValidationException.of("years", "must list at least one year");
    }
    List<FieldError> errors = new ArrayList<>();
    Map<Integer, Integer> yearAt = new HashMap<>();
    for (int i = 0; i < file.years().size(); i++) {
      String prefix = "years[" + i + "]";
      YearJson y = file.years().get(i);
      if (y == null) {
        errors.add(new FieldError(prefix, "is required"));
        continue;
      }
      errors.addAll(
          HolidayYearRules.check(
              prefix + ".", y.year(), y.daysOff(), y.makeUpWorkdays(), y.source()));
      if (y.year() != null && yearAt.putIfAbsent(y.year(), i) != null) {
        String earlier = "years[" + yearAt.get(y.year()) + "]";
        errors.add(new FieldError(prefix + ".year", y.year() + " is already listed at " + earlier));
      }
    }
    ValidationException.throwIfAny(errors);
    return file.years().stream().map(HolidayJson::toYear).toList();
  }

  private static HolidayYear toYear(YearJson y) {
    List<LocalDate> daysOff = y.daysOff().stream().flatMap(DaySpan::dates).toList();
    return new HolidayYear(y.year(), daysOff, y.makeUpWorkdays(), y.source().strip());
  }

  private static FileJson parse(InputStream in) {
    try {
      return MAPPER.readValue(in, FileJson.class);
    } catch (JsonMappingException e) {
      if (e.getCause() instanceof StreamReadException syntax) {
        throw notJson(syntax);
      }
      throw ValidationException.of(path(e), describe(e));
    } catch (StreamReadException e) {
      throw notJson(e);
    } catch (JsonProcessingException e) {
      throw ValidationException.of(WHOLE_FILE, "could not be read: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DisclosureException("could not read the holiday file", e);
    }
  }

  private static ValidationException notJson(StreamReadException e) {
    return ValidationException.of(
        WHOLE_FILE, "is not valid JSON" + at(e.getLocation()) + ": " + e.getOriginalMessage());
  }

  /** {@code years[0].makeUpWorkdays[2]} from Jackson's reference chain. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? WHOLE_FILE : path.toString();
  }

  private static String describe(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "is not a known field; known fields here: " + names(u.getKnownPropertyIds());
    }
    if (e instanceof InvalidFormatException f) {
      return "\"" + f.getValue() + "\" is not " + expected(f.getTargetType());
    }
    if (e instanceof ValueInstantiationException
        && e.getCause() instanceof IllegalArgumentException bad) {
      return bad.getMessage();
    }
    if (e instanceof MismatchedInputException m) {
      if (m.getPath().isEmpty()) {
        return "must be one JSON object, {\"years\": [...]}, with nothing after it";
      }
      return "is the wrong kind of JSON value; expected " + expected(m.getTargetType());
    }
    return e.getOriginalMessage();
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "a value of another kind";
    }
    if (LocalDate.class.equals(type)) {
      return "a date like 2025-10-01";
    }
    if (DaySpan.class.equals(type)) {
      return "a date like 2025-10-01 or a range like 2025-10-01/2025-10-08";
    }
    if (Integer.class.equals(type) || int.class.equals(type)) {
      return "a whole number";
    }
    if (String.class.equals(type)) {
      return "a string";
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  private static String names(Collection<Object> ids) {
    return ids == null ? "none" : ids.stream().map(String::valueOf).sorted().toList().toString();
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }
}
