package org.opendisclosure.core.catalogue;

/** How personal data in a category is treated in public output. */
public enum PrivacyPolicy {
  /** Mask ID numbers, mobiles and bank cards wherever they occur (DOMAIN.md defaults). */
  STANDARD,
  /**
   * A household list (低保 recipients, land-compensation households): always masked in public
   * output, names included, addresses cut to township level.
   */
  HOUSEHOLD_LIST
}
