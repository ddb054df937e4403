package org.opendisclosure.core.workflow;

/**
 * Roles, granted per organ and inherited by the organ's descendants: a role in one township gives
 * nothing in another.
 */
public enum Role {
  /** 编辑: writes drafts and corrections, submits them, schedules approved items. */
  EDITOR,
  /** 审核: reviews submitted revisions (汇总审核) and returns them with comments. */
  REVIEWER,
  /** 审批: the leadership approval (领导小组审核); also withdraws. */
  APPROVER,
  /** 审计: records the audit or verification of financial items (审计理财在前，核实公布在后). */
  AUDITOR,
  /** 管理员: grants roles, registers organs and obligations, redacts leaked content. */
  ADMIN
}
