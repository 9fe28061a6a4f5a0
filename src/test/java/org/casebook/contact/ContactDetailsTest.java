package org.casebook.contact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactDetailsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @Test
  void aCompleteContactHasNoProblems() {
    var d = new ContactDetails("23 11 2026", 1L, 2L, "Lonely since her husband died", 3L);
    assertTrue(d.problems(TODAY).isEmpty());
    assertEquals(TODAY, d.date().orElseThrow());
  }

  @Test
  void everyMissingFieldIsNamedInTheOrderOfTheForm() {
    var d = new ContactDetails(" ", null, null, "  ", null);
    assertEquals(
        List.of("contactedOn", "source", "route", "reason", "nextStep"),
        List.copyOf(d.problems(TODAY).keySet()));
  }

  @Test
  void aDateThatIsNotRealOrIsInTheFutureIsRefused() {
    assertEquals(
        "field.date.invalid",
        new ContactDetails("31 2 2026", 1L, 1L, "x", 1L)
            .problems(TODAY)
            .get("contactedOn")
            .messageKey());
    assertEquals(
        "contact.date.future",
        new ContactDetails("24 11 2026", 1L, 1L, "x", 1L)
            .problems(TODAY)
            .get("contactedOn")
            .messageKey());
  }

  @Test
  void aReasonLongerThan2000CharactersIsRefused() {
    var d = new ContactDetails("1 11 2026", 1L, 1L, "a".repeat(2001), 1L);
    assertEquals(2000, d.problems(TODAY).get("reason").number());
  }

  @Test
  void codesComeFromTheWords() {
    assertEquals("DISCHARGE_FROM_HOSPITAL", CodedValue.codeFor("Discharge from hospital"));
    assertEquals("CAFE_GROUP", CodedValue.codeFor("Café / group"));
    assertEquals("VALUE", CodedValue.codeFor("—"));
  }
}
