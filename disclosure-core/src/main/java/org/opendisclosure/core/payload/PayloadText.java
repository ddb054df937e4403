package org.opendisclosure.core.payload;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.opendisclosure.core.internal.PayloadCodec;

/**
 * The human-readable text of a payload (names, posts, places, suppliers, standards…) as lines, for
 * search indexing: every text field that contains Chinese, in field order. Enum names and bare
 * numbers are left out; amounts are indexed as numbers elsewhere. Stateless and thread-safe.
 */
public final class PayloadText {
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private PayloadText() {}

  public static String of(Payload payload) {
    if (payload == null) {
      return "";
    }
    Map<String, String> leaves = PayloadCodec.leaves(payload);
    return leaves.values().stream().filter(v -> HAN.matcher(v).find()).collect(Collectors.joining("\n"));
  }
}
