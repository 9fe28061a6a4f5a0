package org.casebook.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

  private static List<String> found(BiConsumer<Tokens, List<Span>> detector, String text) {
    List<Span> spans = new ArrayList<>();
    detector.accept(Tokens.of(text), spans);
    return spans.stream().map(s -> text.substring(s.start(), s.end())).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"943 476 5919", "943-476-5919", "9434765919", "999 526 0182"})
  void nhsNumbersWithAValidCheckDigitAreFoundHoweverTheyAreGrouped(String number) {
    assertEquals(List.of(number), found(Identifiers::nhsNumbers, "NHS no. " + number + ", seen."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"943 476 5910", "9434765918", "123 456 7890", "999 526 0183"})
  void aTenDigitNumberFailingTheCheckIsNoNhsNumber(String number) {
    assertTrue(found(Identifiers::nhsNumbers, "Ref " + number).isEmpty());
  }

  @Test
  void digitsInsideALongerNumberAreNoNhsNumber() {
    assertTrue(found(Identifiers::nhsNumbers, "99943476591912").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"QQ 12 34 56 C", "QQ123456C", "AB 12 34 56 A", "JG103759A", "QQ 12 34 56"})
  void nationalInsuranceNumbers(String number) {
    assertEquals(List.of(number), found(Identifiers::niNumbers, "NI: " + number + "."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DA 12 34 56 A",
        "FA123456A",
        "AO123456B",
        "GB123456A",
        "TN 12 34 56 C",
        "ZZ123456D",
        "AV123456A",
        "AB123456E"
      })
  void nationalInsuranceNumbersBreakingThePrefixRulesAreNot(String number) {
    assertTrue(found(Identifiers::niNumbers, "NI: " + number + ".").isEmpty(), number);
  }

  @Test
  void lowerCaseNationalInsuranceNumbersNeedACue() {
    assertEquals(List.of("qq 12 34 56 c"), found(Identifiers::niNumbers, "NINO qq 12 34 56 c"));
    assertTrue(found(Identifiers::niNumbers, "we met at 12 34 56 then").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "M1 1AE",
        "B33 8TH",
        "CR2 6XH",
        "DN55 1PT",
        "W1A 0AX",
        "EC1A 1BB",
        "hx7 8ab",
        "HX78AB",
        "GIR 0AA",
        "LS18 4AB"
      })
  void postcodesInEveryFormat(String postcode) {
    assertEquals(List.of(postcode), found(Identifiers::postcodes, "Lives at " + postcode + " now"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"QA1 1AA", "AI1 1AA", "M1 1CA", "M1 1AI", "A1 3rd", "M6 2nd", "B12 1mg"})
  void postcodeLookalikesAreNot(String text) {
    assertTrue(found(Identifiers::postcodes, "on the " + text + " here").isEmpty(), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "01632 960 001",
        "01632 960001",
        "07700 900123",
        "07700900123",
        "020 7946 0018",
        "+44 7700 900123",
        "+44 (0)20 7946 0018",
        "+447700900123",
        "0044 20 7946 0018",
        "(01632) 960001",
        "0113 496 0427",
        "07700-900-311"
      })
  void ukPhoneNumbers(String number) {
    assertEquals(List.of(number), found(Identifiers::phones, "Ring " + number + " today"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0.5 mg",
        "01/02/2025",
        "0 people",
        "06123 456",
        "044 1234 5678",
        "07700 900 123 456"
      })
  void numbersThatAreNoPhoneNumbers(String text) {
    List<String> phones = found(Identifiers::phones, "Note " + text + " end");
    assertTrue(phones.isEmpty() || !phones.get(0).equals(text.strip()), text + " " + phones);
  }

  @Test
  void emails() {
    assertEquals(
        List.of("margaret.ellis@example.com", "falls.team@example.nhs.uk"),
        found(
            (t, out) -> Identifiers.emails(t.text, out),
            "Write to margaret.ellis@example.com or falls.team@example.nhs.uk."));
    assertTrue(
        found((t, out) -> Identifiers.emails(t.text, out), "meet @ 10, ellis@ home").isEmpty());
  }
}
