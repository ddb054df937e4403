package org.opendisclosure.core.catalogue;

/** The event a disclosure deadline is counted from. */
public enum DeadlineTrigger {
  /** 信息形成或者变更之日 (条例 art.26). */
  FORMED,
  /** 批准/批复之日 (budgets, land approvals). */
  APPROVED,
  /** 中标、成交供应商确定之日. */
  DETERMINED,
  /** 合同签订之日. */
  CONTRACT_SIGNED
}
