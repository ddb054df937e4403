package org.opendisclosure.core.testing;

import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;

/** A small county: 某县, its finance bureau, two townships and a village. */
public final class TestOrgans {
  public static final String COUNTY = "11350100MB0000001X";
  public static final String FINANCE = "11350100MB0000002X";
  public static final String HONGLING = "11350100MB0000003X";
  public static final String QINGSHAN = "11350100MB0000004X";
  public static final String HONGLING_VILLAGE = "54350100MF0000005X";

  private TestOrgans() {}

  public static void register(Disclosures d) {
    d.registerOrgan(new Organ(COUNTY, "某县人民政府", OrganLevel.COUNTY, null));
    d.registerOrgan(new Organ(FINANCE, "某县财政局", OrganLevel.DEPARTMENT, COUNTY));
    d.registerOrgan(new Organ(HONGLING, "红岭镇人民政府", OrganLevel.TOWNSHIP, COUNTY));
    d.registerOrgan(new Organ(QINGSHAN, "青山乡人民政府", OrganLevel.TOWNSHIP, COUNTY));
    d.registerOrgan(new Organ(HONGLING_VILLAGE, "红岭村民委员会", OrganLevel.VILLAGE, HONGLING));
  }
}
