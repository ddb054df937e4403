package org.opendisclosure.core.payload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.core.FieldError;

/**
 * A generic document (政策文件, 工作报告, 办事指南, …): its number (文号), issuing organ, dates and
 * validity. The text itself is the item's body. Immutable and thread-safe.
 */
public record Document(
    String documentNumber, String issuer, LocalDate writtenOn, LocalDate effectiveFrom, Validity validity)
    implements Payload {

  /** 有效 / 废止. */
  public enum Validity {
    VALID,
    REPEALED
  }

  @Override
  public PayloadKind kind() {
    return PayloadKind.DOCUMENT;
  }

  @Override
  public List<FieldError> validate() {
    List<FieldError> errors = new ArrayList<>();
    if (issuer == null || issuer.isBlank()) {
      errors.add(new FieldError("issuer", "is required"));
    }
    if (writtenOn != null && effectiveFrom != null && effectiveFrom.isBefore(writtenOn)) {
      errors.add(new FieldError("effectiveFrom", "must not be before writtenOn"));
    }
    return errors;
  }
}
