package org.casebook.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

  @ParameterizedTest
  @CsvSource({
    "sw1a1aa,    SW1A 1AA",
    "SW1A 1AA,   SW1A 1AA",
    "'  sw1a   1aa ', SW1A 1AA",
    "ls62ab,     LS6 2AB",
    "m11ae,      M1 1AE",
    "M1 1AE,     M1 1AE",
    "b338th,     B33 8TH",
    "cr26xh,     CR2 6XH",
    "dn551pt,    DN55 1PT",
    "w1a0ax,     W1A 0AX",
    "ec1a1bb,    EC1A 1BB",
    "gir0aa,     GIR 0AA"
  })
  void normalisesToCapitalsWithOneSpaceBeforeTheInwardCode(String typed, String expected) {
    assertEquals(Optional.of(expected), Postcode.normalise(typed));
    assertTrue(Postcode.isValid(typed), typed);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "hello",
        "SW1A",
        "1AA",
        "SW1A 1A",
        "SW1A 1AAA",
        "12345",
        "SW1A-1AA",
        "QA1 1AA",
        "VA1 1AA",
        "XA1 1AA",
        "AI1 1AA",
        "AJ1 1AA",
        "AZ1 1AA",
        "A1 AAA",
        "AAA1 1AA",
        "SW1A 1AA; DROP TABLE"
      })
  void refusesRubbish(String typed) {
    assertFalse(Postcode.isValid(typed), String.valueOf(typed));
    assertEquals(Optional.empty(), Postcode.normalise(typed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"C", "I", "K", "M", "O", "V"})
  void theInwardCodeNeverUsesTheLettersCIKMOV(String letter) {
    assertFalse(Postcode.isValid("LS6 2" + letter + "B"), "LS6 2" + letter + "B");
    assertFalse(Postcode.isValid("LS6 2A" + letter), "LS6 2A" + letter);
    assertFalse(Postcode.isValid("ls6 2" + letter.toLowerCase() + "b"));
  }

  @Test
  void theInwardCodeAcceptsEveryOtherLetter() {
    for (char letter = 'A'; letter <= 'Z'; letter++) {
      if ("CIKMOV".indexOf(letter) >= 0) {
        continue;
      }
      assertTrue(Postcode.isValid("LS6 2" + letter + "B"), "LS6 2" + letter + "B");
      assertTrue(Postcode.isValid("LS6 2A" + letter), "LS6 2A" + letter);
    }
  }

  @Test
  void compactRemovesSpacesAndCapitalises() {
    assertEquals("SW1A1AA", Postcode.compact(" sw1a 1aa "));
    assertEquals("", Postcode.compact(null));
  }
}
