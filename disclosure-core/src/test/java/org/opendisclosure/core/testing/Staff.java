package org.opendisclosure.core.testing;

import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;

/** The people of 红岭镇 who work on disclosures, one role each, and a county administrator. */
public final class Staff {
  public static final Actor EDITOR = Actor.of("hl-editor", "红岭镇党政办 王编辑");
  public static final Actor REVIEWER = Actor.of("hl-reviewer", "红岭镇 李审核");
  public static final Actor APPROVER = Actor.of("hl-approver", "红岭镇 张镇长");
  public static final Actor AUDITOR = Actor.of("hl-auditor", "县审计局 赵审计");
  public static final Actor ADMIN = Actor.of("county-admin", "县政务公开办 管理员");
  /** An approver of the other township: must get nothing in 红岭镇. */
  public static final Actor QINGSHAN_APPROVER = Actor.of("qs-approver", "青山乡 刘乡长");

  private Staff() {}

  public static void grant(Disclosures d) {
    d.grant(new Grant(EDITOR.id(), TestOrgans.HONGLING, Role.EDITOR));
    d.grant(new Grant(REVIEWER.id(), TestOrgans.HONGLING, Role.REVIEWER));
    d.grant(new Grant(APPROVER.id(), TestOrgans.HONGLING, Role.APPROVER));
    d.grant(new Grant(AUDITOR.id(), TestOrgans.COUNTY, Role.AUDITOR));
    d.grant(new Grant(ADMIN.id(), TestOrgans.COUNTY, Role.ADMIN));
    d.grant(new Grant(QINGSHAN_APPROVER.id(), TestOrgans.QINGSHAN, Role.APPROVER));
  }
}
