package org.opendisclosure.core.catalogue;

/** How personal data in a category is treated in public output. */
public enum PrivacyPolicy {
  /** Mask ID numbers, mobiles and bank cards wherever they occur (DOMAIN.md defaults). */
  STANDARD,
  /**
   * A household list (低保 recipients, land-compensation households): ID numbers, mobiles and bank
   * cards are masked in every public output (first 6 + last 4 of an ID, as the demo's 公示 shows),
   * addresses below the township cut. Heads' names stay readable, as 公示 rules allow, so that
   * neighbours can object.
   */
  HOUSEHOLD_LIST
}
