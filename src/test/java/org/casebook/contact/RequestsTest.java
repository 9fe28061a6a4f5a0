package org.casebook.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.casebook.contact.Requests.Contact;
import org.casebook.contact.Requests.Request;
import org.junit.jupiter.api.Test;

class RequestsTest {

  private static Contact c(long id, String on) {
    return new Contact(id, LocalDate.parse(on), null);
  }

  private static Contact c(long id, String on, String resolved) {
    return new Contact(id, LocalDate.parse(on), LocalDate.parse(resolved));
  }

  @Test
  void contactsUpToFourDaysApartAreOneRequest() {
    List<Request> r =
        Requests.of(
            List.of(c(1, "2026-03-02"), c(2, "2026-03-06"), c(3, "2026-03-10"), c(4, "2026-03-15")),
            4,
            3);
    assertEquals(2, r.size(), "2nd is 4 days after the 1st, 3rd 4 after the 2nd; 4th is 5 after");
    assertEquals(3, r.get(0).contacts().size());
    assertEquals(LocalDate.parse("2026-03-02"), r.get(0).began());
    assertEquals(LocalDate.parse("2026-03-10"), r.get(0).lastContact());
    assertTrue(r.get(1).repeat(), "5 days later is a new request, and a repeat");
  }

  @Test
  void noMergingWithZeroDays() {
    assertEquals(2, Requests.of(List.of(c(1, "2026-03-02"), c(2, "2026-03-03")), 0, 3).size());
    assertEquals(
        1,
        Requests.of(List.of(c(1, "2026-03-02"), c(2, "2026-03-02")), 0, 3).size(),
        "the same day is one request");
  }

  @Test
  void aRepeatIsWithinTheWindowCountingBothEnds() {
    // Exactly three months after the last contact: a repeat.
    List<Request> atEdge = Requests.of(List.of(c(1, "2026-01-15"), c(2, "2026-04-15")), 4, 3);
    assertTrue(atEdge.get(1).repeat());
    assertSame(atEdge.get(0), atEdge.get(1).previous());
    // One day later: not a repeat.
    List<Request> past = Requests.of(List.of(c(1, "2026-01-15"), c(2, "2026-04-16")), 4, 3);
    assertFalse(past.get(1).repeat());
    assertEquals(null, past.get(1).previous());
    // The same dates are a repeat within six or twelve months.
    assertTrue(Requests.of(List.of(c(1, "2026-01-15"), c(2, "2026-04-16")), 4, 6).get(1).repeat());
    assertTrue(Requests.of(List.of(c(1, "2026-01-15"), c(2, "2027-01-15")), 4, 12).get(1).repeat());
    assertFalse(
        Requests.of(List.of(c(1, "2026-01-15"), c(2, "2027-01-16")), 4, 12).get(1).repeat());
  }

  @Test
  void theWindowRunsFromTheResolutionWhenThatCameLater() {
    // Contact in January, resolved at the end of March: a July contact is within 3 months of it.
    List<Request> r =
        Requests.of(List.of(c(1, "2026-01-10", "2026-03-31"), c(2, "2026-06-30")), 4, 3);
    assertTrue(r.get(1).repeat());
    assertEquals(LocalDate.parse("2026-03-31"), r.get(0).resolvedOn());
    assertFalse(
        Requests.of(List.of(c(1, "2026-01-10", "2026-03-31"), c(2, "2026-07-01")), 4, 3)
            .get(1)
            .repeat());
  }

  @Test
  void theFirstRequestIsNeverARepeatAndOrderDoesNotMatter() {
    List<Request> r = Requests.of(List.of(c(2, "2026-05-01"), c(1, "2026-02-01")), 4, 6);
    assertFalse(r.get(0).repeat());
    assertEquals(1L, r.get(0).contacts().get(0).id());
    assertTrue(r.get(1).repeat());
    assertTrue(Requests.of(List.of(), 4, 3).isEmpty());
    assertThrows(IllegalArgumentException.class, () -> Requests.of(List.of(), -1, 3));
  }
}
