package org.opendisclosure.core.payload;

import java.util.List;
import org.opendisclosure.core.FieldError;

/** Placeholder: fields and validation follow. */
public record BudgetStatement(String title) implements Payload {
  @Override
  public PayloadKind kind() {
    return PayloadKind.BUDGET;
  }

  @Override
  public List<FieldError> validate() {
    return List.of();
  }
}
