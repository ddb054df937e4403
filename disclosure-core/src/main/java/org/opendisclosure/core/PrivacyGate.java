package org.opendisclosure.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
