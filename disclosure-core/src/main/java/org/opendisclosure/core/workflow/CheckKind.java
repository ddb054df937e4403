package org.opendisclosure.core.workflow;

/** What a recorded check on a revision attests. */
public enum CheckKind {
  /** A reviewer passed the revision (汇总审核). */
  REVIEW,
  /** An auditor verified the figures (审计理财在前，核实公布在后). */
  AUDIT,
  /** The deliberation a decision rests on: meeting and date (民主议事在前，决策公布在后). */
  DELIBERATION,
  /** An approver accepted a privacy finding, with a recorded reason. */
  PRIVACY_OVERRIDE
}
