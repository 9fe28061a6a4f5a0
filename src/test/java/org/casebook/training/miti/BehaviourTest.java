package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The MITI 4.2.1 codes: their published abbreviations and where they count. */
class BehaviourTest {

  @Test
  void theTenCodesWithTheirPublishedAbbreviations() {
    assertEquals(
        List.of(
            "GI",
            "Persuade",
            "Persuade with",
            "Q",
            "SR",
            "CR",
            "AF",
            "Seek",
            "Emphasize",
            "Confront"),
        Arrays.stream(Behaviour.values()).map(Behaviour::getAbbreviation).toList());
  }

  @Test
  void affirmSeekAndEmphasizeAreAdherentPersuadeAndConfrontAreNot() {
    assertEquals(
        EnumSet.of(
            Behaviour.AFFIRM, Behaviour.SEEKING_COLLABORATION, Behaviour.EMPHASISING_AUTONOMY),
        of(Adherence.MI_ADHERENT));
    assertEquals(EnumSet.of(Behaviour.PERSUADE, Behaviour.CONFRONT), of(Adherence.MI_NON_ADHERENT));
    assertTrue(of(Adherence.NEITHER).contains(Behaviour.PERSUADE_WITH_PERMISSION));
    assertTrue(of(Adherence.NEITHER).contains(Behaviour.GIVING_INFORMATION));
  }

  private static Set<Behaviour> of(Adherence adherence) {
    return Arrays.stream(Behaviour.values())
        .filter(b -> b.getAdherence() == adherence)
        .collect(Collectors.toSet());
  }

  @Test
  void onlySimpleAndComplexAreReflections() {
    assertEquals(
        EnumSet.of(Behaviour.SIMPLE_REFLECTION, Behaviour.COMPLEX_REFLECTION),
        Arrays.stream(Behaviour.values())
            .filter(Behaviour::isReflection)
            .collect(Collectors.toSet()));
  }

  @ParameterizedTest
  @CsvSource({
    "cr, COMPLEX_REFLECTION",
    "' Persuade   with ', PERSUADE_WITH_PERMISSION",
    "Persuasion with, PERSUADE_WITH_PERMISSION",
    "persuade with permission, PERSUADE_WITH_PERMISSION",
    "Persuasion, PERSUADE",
    "EMPHASIZE, EMPHASISING_AUTONOMY",
    "Emphasising autonomy, EMPHASISING_AUTONOMY",
    "emphasize autonomy, EMPHASISING_AUTONOMY",
    "seeking_collaboration, SEEKING_COLLABORATION",
    "af, AFFIRM",
    "q, QUESTION"
  })
  void aCodeIsFoundByItsAbbreviationOrName(String written, Behaviour code) {
    assertEquals(Optional.of(code), Behaviour.find(written));
  }

  @Test
  void anythingElseIsNotACode() {
    for (String s : new String[] {null, "", "  ", "reflection", "QQ", "Structure"}) {
      assertFalse(Behaviour.find(s).isPresent(), s);
    }
  }
}
