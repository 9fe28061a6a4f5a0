package org.casebook.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casebook.contact.RequestHistory.ContactIn;
import org.casebook.contact.RequestHistory.Outcome;
import org.casebook.contact.RequestHistory.ResolutionIn;
import org.junit.jupiter.api.Test;

class RequestHistoryTest {

  private static ContactIn c(long id, String on) {
    return new ContactIn(id, LocalDate.parse(on));
  }

  private static ResolutionIn r(long id, Long contact, String on) {
    return new ResolutionIn(id, contact, LocalDate.parse(on));
  }

  @Test
  void aFollowUpCallJoinsTheRequestAndShareItsPlace() {
    Outcome o = RequestHistory.of(List.of(c(1, "2026-01-05"), c(2, "2026-01-08")), List.of(), 4);
    assertTrue(o.contacts().get(1L).requestStart());
    assertFalse(o.contacts().get(2L).requestStart());
    assertEquals(LocalDate.parse("2026-01-05"), o.contacts().get(2L).began());
    assertNull(o.contacts().get(2L).previousId());
  }

  @Test
  void aRequestFourMonthsAfterAResolutionRepeatsWithinSixAndTwelveButNotThree() {
    Outcome o =
        RequestHistory.of(
            List.of(c(1, "2026-01-05"), c(2, "2026-05-20")), List.of(r(10, 1L, "2026-01-19")), 4);
    var second = o.contacts().get(2L);
    assertTrue(second.requestStart());
    assertEquals(1L, second.previousId());
    assertFalse(second.repeat3(), "19 Jan + 3 months is 19 Apr, before 20 May");
    assertTrue(second.repeat6());
    assertTrue(second.repeat12());
    assertEquals(LocalDate.parse("2026-05-20"), o.cameBack().get(10L));
  }

  @Test
  void theResolutionDateCountsForRepeatsAsWellAsTheLastContact() {
    // Last contact 5 Jan; resolved 30 Mar; new request 29 Jun: within 3 months of the resolution.
    Outcome o =
        RequestHistory.of(
            List.of(c(1, "2026-01-05"), c(2, "2026-06-29")), List.of(r(10, 1L, "2026-03-30")), 4);
    assertTrue(o.contacts().get(2L).repeat3());
  }

  @Test
  void theRequestAResolutionResolvesIsNotACameBack() {
    Outcome o =
        RequestHistory.of(
            List.of(c(1, "2026-02-02"), c(2, "2026-02-04")), List.of(r(10, 1L, "2026-02-02")), 4);
    assertNull(o.cameBack().get(10L), "the follow-up call 2 days later is the same request");
  }

  @Test
  void aResolutionWithoutAContactCountsAnyLaterRequest() {
    Outcome o =
        RequestHistory.of(List.of(c(1, "2026-08-01")), List.of(r(10, null, "2026-07-01")), 4);
    assertEquals(LocalDate.parse("2026-08-01"), o.cameBack().get(10L));
  }

  @Test
  void aContactEnteredLateIsPlacedInDateOrder() {
    Outcome o = RequestHistory.of(List.of(c(5, "2026-06-01"), c(6, "2026-03-01")), List.of(), 4);
    assertTrue(o.contacts().get(6L).requestStart());
    assertNull(o.contacts().get(6L).previousId());
    assertEquals(6L, o.contacts().get(5L).previousId());
    assertTrue(o.contacts().get(5L).repeat3(), "1 Jun is within 3 months of 1 Mar");
  }
}
