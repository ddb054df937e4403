package org.opendisclosure.core;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendisclosure.core.catalogue.Category;
import org.opendisclosure.core.catalogue.PrivacyPolicy;
import org.opendisclosure.core.internal.PayloadCodec;
import org.opendisclosure.core.model.Revision;
import org.opendisclosure.core.privacy.Finding;
import org.opendisclosure.core.privacy.FindingType;
import org.opendisclosure.core.privacy.PrivacyScanner;
import org.opendisclosure.core.privacy.Severity;
import org.opendisclosure.core.workflow.PrivacyFinding;

/**
 * The confidentiality review before approval: scans the title, the body text and every text field
 * of the payload. In household-list categories personal numbers are masked in every public output,
 * so there only secrecy markers block. Thread-safe.
 */
final class PrivacyGate {
  private final PrivacyScanner scanner;

  PrivacyGate(PrivacyScanner scanner) {
    this.scanner = scanner;
  }

  List<PrivacyFinding> findings(Revision revision, Category category) {
    List<PrivacyFinding> out = new ArrayList<>();
    boolean masked = category.privacy() == PrivacyPolicy.HOUSEHOLD_LIST;
    scan("title", revision.title(), masked, out);
    scan("body", revision.bodyText(), masked, out);
    if (!revision.isRedacted()) {
      for (Map.Entry<String, String> leaf : PayloadCodec.leaves(revision.payload()).entrySet()) {
        scan("payload." + leaf.getKey(), leaf.getValue(), masked, out);
      }
    }
    return out;
  }

  /**
   * The problems with an approver's {@code overrides} (finding key → reason) for {@code findings}:
   * an override that names no finding or gives no reason, as field errors {@code
   * <prefix>[<key>]}.
   */
  static List<FieldError> overrideErrors(List<PrivacyFinding> findings, Map<String, String> overrides,
      String prefix) {
    Set<String> keys = new HashSet<>();
    for (PrivacyFinding f : findings) {
      keys.add(f.key());
    }
    List<FieldError> errors = new ArrayList<>();
    for (Map.Entry<String, String> o : overrides.entrySet()) {
      if (!keys.contains(o.getKey())) {
        errors.add(new FieldError(prefix + "[" + o.getKey() + "]", "no such finding on this revision"));
      } else if (o.getValue() == null || o.getValue().isBlank()) {
        errors.add(new FieldError(prefix + "[" + o.getKey() + "]", "an override needs a reason"));
      }
    }
    return errors;
  }

  /** The blocking findings that no override covers. */
  static List<PrivacyFinding> unresolved(List<PrivacyFinding> findings, Map<String, String> overrides) {
    List<PrivacyFinding> out = new ArrayList<>();
    for (PrivacyFinding f : findings) {
      if (f.blocking() && !overrides.containsKey(f.key())) {
        out.add(f);
      }
    }
    return out;
  }

  /** Why an unresolved finding blocks, with its masked excerpt. */
  static String refusal(PrivacyFinding f) {
    return "privacy finding " + f.key() + " (" + f.type() + " " + f.excerpt() + ") is neither fixed nor overridden";
  }

  private void scan(String field, String text, boolean masked, List<PrivacyFinding> out) {
    if (text == null || text.isEmpty()) {
      return;
    }
    for (Finding f : scanner.scan(text)) {
      boolean blocking = f.severity() == Severity.BLOCKING && !(masked && f.type() != FindingType.SECRECY_MARKER);
      out.add(new PrivacyFinding(field + "@" + f.start() + ":" + f.type(), field, f.type().name(), blocking,
          f.excerpt()));
    }
  }
}
