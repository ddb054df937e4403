package org.opendisclosure.core.payload;

/**
 * The typed content a category carries; each kind is one record implementing {@link Payload}.
 * Immutable and thread-safe.
 */
public enum PayloadKind {
  /** 预算/决算. */
  BUDGET(BudgetStatement.class),
  /** 三公经费. */
  THREE_PUBLIC_EXPENSES(ThreePublicExpenses.class),
  /** 征地补偿安置. */
  LAND_ACQUISITION(LandAcquisition.class),
  /** 干部任前公示. */
  CADRE_APPOINTMENT(CadreAppointment.class),
  /** 招投标/政府采购结果. */
  PROCUREMENT(ProcurementResult.class),
  /** 低保、五保、特困、临时救助名单. */
  SOCIAL_ASSISTANCE(SocialAssistanceList.class),
  /** 政策文件、工作报告、办事指南 and every other document. */
  DOCUMENT(Document.class);

  private final Class<? extends Payload> type;

  PayloadKind(Class<? extends Payload> type) {
    this.type = type;
  }

  /** The record class that holds this kind's content. */
  public Class<? extends Payload> type() {
    return type;
  }
}
