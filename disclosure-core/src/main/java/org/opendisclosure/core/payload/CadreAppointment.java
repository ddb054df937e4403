package org.opendisclosure.core.payload;

import java.util.List;
import org.opendisclosure.core.FieldError;

/** Placeholder: fields and validation follow. */
public record CadreAppointment(String title) implements Payload {
  @Override
  public PayloadKind kind() {
    return PayloadKind.CADRE_APPOINTMENT;
  }

  @Override
  public List<FieldError> validate() {
    return List.of();
  }
}
