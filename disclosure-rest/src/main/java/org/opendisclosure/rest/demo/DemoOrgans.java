package org.opendisclosure.rest.demo;

import java.util.List;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;
import org.opendisclosure.rest.auth.ApiTokens;

/**
 * The demo county (某县): its government, three departments, two townships (红岭镇, like the
 * seed's xx镇, and 青山乡) and their villages, and the staff who write, review, audit and approve.
 * Codes are shaped like 统一社会信用代码 but invented.
 */
public final class DemoOrgans {
  public static final String COUNTY = "11350825MB0000001Q";
  public static final String FINANCE = "11350825MB0000102K";
  public static final String CIVIL_AFFAIRS = "11350825MB0000203H";
  public static final String NATURAL_RESOURCES = "11350825MB0000304E";
  public static final String HONGLING = "11350825MB0001001A";
  public static final String QINGSHAN = "11350825MB0001102B";
  public static final String HONGLING_VILLAGE = "54350825MF0001011C";
  public static final String NANGANG_VILLAGE = "54350825MF0001012D";
  public static final String QINGSHAN_VILLAGE = "54350825MF0001103E";

  /** The account whose token the demo prints: ADMIN of the county and everything below it. */
  public static final Actor ADMIN = Actor.of("demo-admin", "某县政务公开办 管理员");
  static final Actor COUNTY_EDITOR = Actor.of("county-editor", "县政府办公室 陈编辑");
  static final Actor COUNTY_REVIEWER = Actor.of("county-reviewer", "县政务公开办 周审核");
  static final Actor COUNTY_APPROVER = Actor.of("county-approver", "县政府办公室 吴主任");
  static final Actor AUDITOR = Actor.of("county-auditor", "县审计局 赵审计");
  static final Actor HL_EDITOR = Actor.of("hl-editor", "红岭镇党政办 王编辑");
  static final Actor HL_REVIEWER = Actor.of("hl-reviewer", "红岭镇 李审核");
  static final Actor HL_APPROVER = Actor.of("hl-approver", "红岭镇 张镇长");
  static final Actor QS_EDITOR = Actor.of("qs-editor", "青山乡党政办 刘编辑");

  private DemoOrgans() {}

  static void register(Disclosures d) {
    d.registerOrgan(new Organ(COUNTY, "某县人民政府", OrganLevel.COUNTY, null));
    d.registerOrgan(new Organ(FINANCE, "某县财政局", OrganLevel.DEPARTMENT, COUNTY));
    d.registerOrgan(new Organ(CIVIL_AFFAIRS, "某县民政局", OrganLevel.DEPARTMENT, COUNTY));
    d.registerOrgan(new Organ(NATURAL_RESOURCES, "某县自然资源局", OrganLevel.DEPARTMENT, COUNTY));
    d.registerOrgan(new Organ(HONGLING, "红岭镇人民政府", OrganLevel.TOWNSHIP, COUNTY));
    d.registerOrgan(new Organ(QINGSHAN, "青山乡人民政府", OrganLevel.TOWNSHIP, COUNTY));
    d.registerOrgan(new Organ(HONGLING_VILLAGE, "红岭镇红岭村民委员会", OrganLevel.VILLAGE, HONGLING));
    d.registerOrgan(new Organ(NANGANG_VILLAGE, "红岭镇南岗村民委员会", OrganLevel.VILLAGE, HONGLING));
    d.registerOrgan(new Organ(QINGSHAN_VILLAGE, "青山乡青山村民委员会", OrganLevel.VILLAGE, QINGSHAN));
  }

  static void staff(Disclosures d, ApiTokens tokens) {
    List<Object[]> grants = List.of(
        new Object[] {ADMIN, COUNTY, Role.ADMIN},
        new Object[] {COUNTY_EDITOR, COUNTY, Role.EDITOR},
        new Object[] {COUNTY_REVIEWER, COUNTY, Role.REVIEWER},
        new Object[] {COUNTY_APPROVER, COUNTY, Role.APPROVER},
        new Object[] {AUDITOR, COUNTY, Role.AUDITOR},
        new Object[] {HL_EDITOR, HONGLING, Role.EDITOR},
        new Object[] {HL_REVIEWER, HONGLING, Role.REVIEWER},
        new Object[] {HL_APPROVER, HONGLING, Role.APPROVER},
        new Object[] {QS_EDITOR, QINGSHAN, Role.EDITOR});
    for (Object[] g : grants) {
      Actor a = (Actor) g[0];
      tokens.ensureAccount(a.id(), a.name());
      d.grant(new Grant(a.id(), (String) g[1], (Role) g[2]));
    }
  }
}
