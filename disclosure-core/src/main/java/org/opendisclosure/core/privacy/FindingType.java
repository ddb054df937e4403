package org.opendisclosure.core.privacy;

/** What a {@link Finding} found. Enum constants are immutable and thread-safe. */
public enum FindingType {
  /** An 18-character 居民身份证号码 (GB 11643). */
  ID_NUMBER,
  /** A 15-digit first-generation 居民身份证号码 (issued until 1999, no check character). */
  ID_NUMBER_15,
  /** A mainland mobile number (手机号码), 11 digits starting 1[3-9], optionally with +86. */
  MOBILE,
  /** A bank card number (银行卡号): 16–19 digits passing the Luhn check. */
  BANK_CARD,
  /** A classification marking (密级标志) such as 秘密★1年, or 内部资料 / 工作秘密. */
  SECRECY_MARKER
}
