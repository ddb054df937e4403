package org.opendisclosure.bench;

import java.util.ArrayList;
import java.util.List;
import org.opendisclosure.bench.corpus.Corpus;
import org.opendisclosure.bench.corpus.CorpusOrgan;
import org.opendisclosure.bench.corpus.Facts;
import org.opendisclosure.bench.corpus.Notice;
import org.opendisclosure.core.Disclosures;
import org.opendisclosure.core.model.Actor;
import org.opendisclosure.core.model.Content;
import org.opendisclosure.core.model.Organ;
import org.opendisclosure.core.model.OrganLevel;
import org.opendisclosure.core.payload.Area;
import org.opendisclosure.core.payload.AreaUnit;
import org.opendisclosure.core.payload.BudgetStatement;
import org.opendisclosure.core.payload.CadreAppointment;
import org.opendisclosure.core.payload.Document;
import org.opendisclosure.core.payload.LandAcquisition;
import org.opendisclosure.core.payload.Money;
import org.opendisclosure.core.payload.MoneyUnit;
import org.opendisclosure.core.payload.Payload;
import org.opendisclosure.core.payload.ProcurementResult;
import org.opendisclosure.core.payload.SocialAssistanceList;
import org.opendisclosure.core.payload.StatementKind;
import org.opendisclosure.core.payload.ThreePublicExpenses;
import org.opendisclosure.core.workflow.Grant;
import org.opendisclosure.core.workflow.Role;

/**
 * Turns generated notices into what an author gives {@link Disclosures}: the county's organs, the
 * staff who hold the roles, and each notice as a draft {@link Content} with its typed payload.
 */
public final class Drafts {
  /** 县政务公开办: writes and submits drafts in every organ of the county. */
  public static final Actor EDITOR = Actor.of("bench-editor", "县政务公开办 编辑");
  /** 汇总审核. */
  public static final Actor REVIEWER = Actor.of("bench-reviewer", "县政务公开办 审核");
  /** 领导小组审批. */
  public static final Actor APPROVER = Actor.of("bench-approver", "县政府办 审批");
  /** 审计理财在前. */
  public static final Actor AUDITOR = Actor.of("bench-auditor", "县审计局 审计");

  private Drafts() {}

  /** Registers the county's organs (parents first) and grants every role at the county, inherited below. */
  public static void setUp(Disclosures d) {
    for (CorpusOrgan o : Corpus.organs()) {
      d.registerOrgan(new Organ(o.code(), o.name(), OrganLevel.valueOf(o.level().name()), o.parentCode()));
    }
    String county = Corpus.organs().get(0).code();
    d.grant(new Grant(EDITOR.id(), county, Role.EDITOR));
    d.grant(new Grant(REVIEWER.id(), county, Role.REVIEWER));
    d.grant(new Grant(APPROVER.id(), county, Role.APPROVER));
    d.grant(new Grant(AUDITOR.id(), county, Role.AUDITOR));
  }

  /** The notice as a draft: title, formed date, payload, and the body as HTML paragraphs. */
  public static Content content(Notice n) {
    StringBuilder html = new StringBuilder(n.body().length() + 256);
    for (String line : n.body().split("\n")) {
      html.append("<p>").append(escape(line)).append("</p>");
    }
    return new Content(n.title(), n.formedOn(), payload(n.facts()), html.toString());
  }

  static Payload payload(Facts facts) {
    if (facts instanceof Facts.Budget b) {
      return new BudgetStatement(b.fiscalYear(), kind(b.finalAccounts()), b.approvedOn(), b.approvedBy(),
          money(b.totalRevenue()), money(b.totalExpenditure()), lines(b.functionLines()), lines(b.economicLines()),
          b.tables());
    }
    if (facts instanceof Facts.ThreePublicExpenses t) {
      List<Integer> a = t.activity();
      return new ThreePublicExpenses(t.year(), kind(t.finalAccounts()), amounts(t.amounts()),
          amounts(t.previousAmounts()), t.changeExplanation(),
          a == null ? null : new ThreePublicExpenses.Activity(a.get(0), a.get(1), a.get(2), a.get(3), a.get(4), a.get(5)));
    }
    if (facts instanceof Facts.Land l) {
      return land(l);
    }
    if (facts instanceof Facts.Cadre c) {
      return new CadreAppointment(c.persons().stream().map(p -> new CadreAppointment.Person(p.name(),
          p.male() ? CadreAppointment.Sex.MALE : CadreAppointment.Sex.FEMALE, p.ethnicity(), p.birthMonth(),
          p.nativePlace(), p.partyMembership(), p.education(), p.workStart(), p.currentPost(), p.proposedPost(), null))
          .toList(), c.windowStart(), c.windowEnd(), c.receivingOffice(), c.phone(), c.address(), c.hours());
    }
    if (facts instanceof Facts.Procurement p) {
      return new ProcurementResult(p.projectNumber(), p.projectName(), money(p.budget()),
          ProcurementResult.Method.values()[p.method()], p.purchaser(), p.agent(),
          p.awards().stream().map(w -> new ProcurementResult.Award(w.supplier(), w.creditCode(), money(w.amount())))
              .toList(),
          p.items().stream().map(i -> new ProcurementResult.Item(i.name(), i.specification(), i.quantity(), i.unit(),
              money(i.unitPrice()))).toList(),
          p.experts(), p.determinedOn(), p.announcedOn(), p.contractSignedOn());
    }
    if (facts instanceof Facts.Assistance s) {
      return new SocialAssistanceList(SocialAssistanceList.Program.values()[s.program()], s.period(), s.township(),
          s.village(), s.households().stream().map(h -> new SocialAssistanceList.Household(h.headName(), h.persons(),
              money(h.amount()), h.category(), null)).toList(), s.households().size(), s.totalPersons(),
          money(s.totalAmount()));
    }
    Facts.Document doc = (Facts.Document) facts;
    return new Document(doc.documentNumber(), doc.issuer(), doc.writtenOn(), doc.effectiveFrom(),
        doc.valid() ? Document.Validity.VALID : Document.Validity.REPEALED);
  }

  private static LandAcquisition land(Facts.Land l) {
    List<LandAcquisition.Parcel> parcels = new ArrayList<>();
    for (Facts.Parcel p : l.parcels()) {
      parcels.add(new LandAcquisition.Parcel(p.landType(), new Area(p.hectares(), AreaUnit.HECTARE)));
    }
    List<LandAcquisition.CompensationStandard> standards = l.compensation().stream()
        .map(c -> new LandAcquisition.CompensationStandard(c.item(), money(c.amount()), c.perUnit())).toList();
    return new LandAcquisition(LandAcquisition.Stage.values()[l.stage()], l.approvalNumber(),
        new LandAcquisition.Location(l.township(), l.village(), l.villagerGroups()), parcels,
        new Area(l.totalHectares(), AreaUnit.HECTARE),
        new Area(l.totalMu(), AreaUnit.MU), l.purpose(), standards, l.resettlement(),
        l.affectedHouseholds(), l.registrationMethod(), l.registrationDeadline(), l.objectionChannel(), l.hearingRights());
  }

  private static ThreePublicExpenses.Amounts amounts(Facts.ExpenseAmounts a) {
    return new ThreePublicExpenses.Amounts(money(a.outboundTravel()), money(a.vehicles()), money(a.vehiclePurchase()),
        money(a.vehicleRunning()), money(a.hospitality()), money(a.total()));
  }

  private static List<BudgetStatement.Line> lines(List<Facts.Line> lines) {
    return lines.stream().map(l -> new BudgetStatement.Line(l.code(), l.name(), money(l.amount()))).toList();
  }

  private static StatementKind kind(boolean finalAccounts) {
    return finalAccounts ? StatementKind.FINAL_ACCOUNTS : StatementKind.BUDGET;
  }

  private static Money money(Facts.Amount a) {
    return new Money(a.value(), a.wan() ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
