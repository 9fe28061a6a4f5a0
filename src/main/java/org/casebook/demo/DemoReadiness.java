package org.casebook.demo;

import java.util.List;
import org.casebook.readiness.AnswerSheet;
import org.casebook.readiness.ReadinessAssessment;
import org.casebook.readiness.ReadinessAssessments;
import org.casebook.security.Caller;

/**
 * The demo leader's readiness self-assessments: last year's, signed off, and this year's draft
 * started from it with some answers moved on, one gone down and two not rated yet, so the radar
 * chart and the comparison show on a fresh demo. The council, its plans and partners are made up.
 */
final class DemoReadiness {

  /** Last year's ratings, question 1 to 18. */
  static final int[] LAST_YEAR = {2, 2, 1, 1, 2, 2, 2, 1, 1, 3, 2, 2, 2, 1, 2, 2, 2, 1};

  /** Last year's evidence, question 1 to 18. */
  static final String[] LAST_YEAR_EVIDENCE = {
    "People with lived experience joined two workshops on the front door redesign, but only after"
        + " the plans were drawn up. The carers' centre asked to be involved earlier next time.",
    "Good joint working with Ashford Vale Voluntary Action on hospital discharge; trust is patchy"
        + " elsewhere. The VCFSE forum's minutes (June) say groups feel \"told, not asked\".",
    "Co-production is understood by the commissioning team but not across the teams. No shared"
        + " description of its levels agreed yet.",
    "The council plan mentions prevention only under adult social care. Raised at the corporate"
        + " leadership team in October.",
    "Grant agreements are still set by the council alone. The VCFSE forum has asked for a compact;"
        + " officers support the idea.",
    "Housing options joined the front door steering group in the spring; the neighbourhoods team"
        + " is not involved yet.",
    "Performance team time agreed for a quarterly review of outcomes; the first report is due in"
        + " the new year.",
    "Figures only: no stories or feedback in the performance report yet.",
    "The case recording system cannot record community connections. IT not engaged yet.",
    "The Director of Adult Social Care sponsors the programme and speaks about it at every staff"
        + " briefing.",
    "Leaders accept that things will have to change but are wary of ending existing contracts.",
    "A programme lead is named (the Head of Prevention) but has no time set aside for it yet.",
    "The annual survey only; no way yet to hear from people at different stages of their support.",
    "Commissioners come to the steering group as observers. Contracts were renewed on the old"
        + " model this year.",
    "Strengths-based training has reached half of the locality teams. Practice audits still find"
        + " deficit language in many records.",
    "The approach is in the adult social care strategy but competes with the new case recording"
        + " system for staff time.",
    "Health partners support the approach in principle; there is no joint plan.",
    "Little appetite yet beyond adult social care and two voluntary sector partners."
  };

  /** What moved on this year: a new rating (null for not rated yet) and evidence. */
  record Change(int question, Integer rating, String evidence) {}

  static final List<Change> THIS_YEAR =
      List.of(
          new Change(
              1,
              3,
              "A lived experience panel of twelve local people meets monthly. It co-designed the"
                  + " new front door leaflet and the good-life conversation guide."),
          new Change(
              2,
              3,
              "Joint training with Ashford Vale Voluntary Action twice a year. The VCFSE forum's"
                  + " survey (September) shows more groups feel listened to."),
          new Change(
              4,
              2,
              "The refreshed council plan names community-led support under \"Thriving"
                  + " neighbourhoods\". Not yet in the housing or transport strategies."),
          new Change(
              5,
              3,
              "A draft compact with the VCFSE forum is out for comment; small grants are now"
                  + " decided by a panel with community members on it."),
          new Change(
              8,
              2,
              "The quarterly outcomes report now puts three stories from reviews beside the"
                  + " figures."),
          new Change(
              9,
              3,
              "Casebook records community connections and sustainable resolutions; the"
                  + " performance team builds the quarterly return from it."),
          new Change(
              11,
              1,
              "Two pilots were stopped early when budgets tightened; staff told us they feel less"
                  + " free to try things."),
          new Change(
              14, null, "To ask the commissioning lead after the contracts review in March."),
          new Change(17, null, null));

  private DemoReadiness() {}

  /** Last year's answers: every question rated, with its evidence. */
  static AnswerSheet lastYear() {
    AnswerSheet sheet = AnswerSheet.blank();
    for (int q = 1; q <= LAST_YEAR.length; q++) {
      sheet = sheet.with(q, LAST_YEAR[q - 1], LAST_YEAR_EVIDENCE[q - 1]);
    }
    return sheet;
  }

  /** This year's draft: last year's answers with what moved on. */
  static AnswerSheet thisYear(AnswerSheet startedFrom) {
    AnswerSheet sheet = startedFrom;
    for (Change c : THIS_YEAR) {
      sheet = sheet.with(c.question(), c.rating(), c.evidence());
    }
    return sheet;
  }

  /** Loads both years for the leader, unless there is a self-assessment already. */
  static void loadIfNone(ReadinessAssessments assessments, Caller leader) {
    if (!assessments.all(leader).isEmpty()) {
      return;
    }
    int year = assessments.thisYear();
    ReadinessAssessment last = assessments.start(leader, year - 1, false);
    assessments.signOff(leader, year - 1, last.getVersion(), lastYear());
    ReadinessAssessment now = assessments.start(leader, year, true);
    assessments.saveDraft(leader, year, now.getVersion(), thisYear(now.sheet()));
  }
}
