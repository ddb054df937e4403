package org.opendisclosure.core.workflow;

/** The workflow actions on an item. */
public enum Action {
  /** Write a new revision of a draft. */
  REVISE,
  /** Submit a draft for review (提交审核). */
  SUBMIT,
  /** Pass a submitted revision in review (审核通过). */
  REVIEW,
  /** Send a revision back to its author with comments (退回). */
  RETURN,
  /** Record that the figures were audited or verified. */
  RECORD_AUDIT,
  /** Record the deliberation (meeting and date) a decision rests on. */
  RECORD_DELIBERATION,
  /** Leadership approval (审批); for a correction it also publishes. */
  APPROVE,
  /** Fix a publication time for an approved item. */
  SCHEDULE,
  /** Publish an approved or scheduled item now. */
  PUBLISH,
  /** Start a correction (更正) of a published item: a new working revision. */
  CORRECT,
  /** Take a published item down with a public reason (撤回). */
  WITHDRAW,
  /** Blank a revision that must never have been public. */
  REDACT
}
