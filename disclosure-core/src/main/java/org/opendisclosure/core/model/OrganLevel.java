package org.opendisclosure.core.model;

/** The level of a disclosing body in the county hierarchy. */
public enum OrganLevel {
  /** 县（区）人民政府. */
  COUNTY,
  /** 县级部门 (财政局, 民政局, …). */
  DEPARTMENT,
  /** 乡镇人民政府 / 街道办事处. */
  TOWNSHIP,
  /** 村（居）委会. */
  VILLAGE;

  /** Whether an organ of this level may sit directly under an organ of {@code parent} level. */
  public boolean mayBeChildOf(OrganLevel parent) {
    return switch (this) {
      case COUNTY -> false;
      case DEPARTMENT, TOWNSHIP -> parent == COUNTY;
      case VILLAGE -> parent == TOWNSHIP;
    };
  }
}
