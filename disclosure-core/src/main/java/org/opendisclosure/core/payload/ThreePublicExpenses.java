package org.opendisclosure.core.payload;

import java.util.List;
import org.opendisclosure.core.FieldError;

/** Placeholder: fields and validation follow. */
public record ThreePublicExpenses(String title) implements Payload {
  @Override
  public PayloadKind kind() {
    return PayloadKind.THREE_PUBLIC_EXPENSES;
  }

  @Override
  public List<FieldError> validate() {
    return List.of();
  }
}
