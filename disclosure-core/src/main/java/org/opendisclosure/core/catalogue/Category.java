package org.opendisclosure.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.opendisclosure.core.FieldError;
import org.opendisclosure.core.ValidationException;
import org.opendisclosure.core.payload.PayloadKind;

/**
 * One category of the disclosure catalogue (主动公开目录) with its rules: which payload it carries,
 * its publication deadline, its publicity window if it is a 公示, whether it must be audited
 * (审计理财在前，核实公布在后) or deliberated (民主议事在前，决策公布在后) before approval, how
 * personal data is masked, and how often it is expected to be refreshed. Immutable.
 *
 * @param code stable identifier, lower-case words joined by '-', e.g. {@code three-public-expenses}
 * @param parentCode the enclosing category, or null at the top
 * @param window null unless items of this category are publicity notices
 */
public record Category(
    String code,
    String name,
    String parentCode,
    PayloadKind payload,
    DeadlineRule deadline,
    WindowRule window,
    boolean auditBeforePublish,
    boolean decision,
    PrivacyPolicy privacy,
    Cadence cadence,
    String legalBasis) {

  private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  public Category {
    List<FieldError> errors = new ArrayList<>();
    if (code == null || code.length() > 64 || !CODE.matcher(code).matches()) {
      errors.add(new FieldError("code", "must be lower-case words joined by '-', at most 64 characters"));
    }
    if (name == null || name.isBlank()) {
      errors.add(new FieldError("name", "is required"));
    }
    if (payload == null) {
      errors.add(new FieldError("payload", "is required"));
    }
    if (deadline == null) {
      errors.add(new FieldError("deadline", "is required"));
    }
    ValidationException.throwIfAny(errors);
    if (privacy == null) {
      privacy = PrivacyPolicy.STANDARD;
    }
    if (cadence == null) {
      cadence = Cadence.NONE;
    }
  }

  /** Whether items of this category are publicity notices (公示) with a window. */
  public boolean isPublicityNotice() {
    return window != null;
  }
}
