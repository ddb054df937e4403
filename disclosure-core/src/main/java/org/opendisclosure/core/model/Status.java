package org.opendisclosure.core.model;

/** Where an item is in its life. Only {@link #PUBLISHED} content is ever public. */
public enum Status {
  /** 草稿: being written. */
  DRAFT,
  /** 审核中: submitted for review. */
  IN_REVIEW,
  /** 已批准: approved by the leadership, not yet scheduled. */
  APPROVED,
  /** 待发布: approved and waiting for its publication time. */
  SCHEDULED,
  /** 已发布: public. */
  PUBLISHED,
  /** 已撤回: taken down; the fact and reason stay public. */
  WITHDRAWN
}
