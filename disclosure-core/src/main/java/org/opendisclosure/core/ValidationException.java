package org.opendisclosure.core;

import java.util.List;
import java.util.stream.Collectors;

/** Input was refused; {@link #errors()} names every bad field, not only the first. */
public class ValidationException extends DisclosureException {
  private static final long serialVersionUID = 1L;

  private final List<FieldError> errors;

  public ValidationException(List<FieldError> errors) {
    super(describe(errors));
    this.errors = List.copyOf(errors);
  }

  public static ValidationException of(String field, String message) {
    return new ValidationException(List.of(new FieldError(field, message)));
  }

  /** Throws when {@code errors} is not empty. */
  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String describe(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "invalid input";
    }
    return errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
  }
}
