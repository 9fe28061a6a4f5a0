package org.casebook.training.miti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The four global ratings, 1 to 5 each, with what is missing or wrong as data. */
class GlobalsTest {

  @Test
  void fourRatingsFromOneToFiveAreComplete() {
    Globals g = Globals.of(1, 5, 3, 4);
    assertTrue(g.isComplete());
    assertEquals(Optional.of(1), g.rating(GlobalScore.CULTIVATING_CHANGE_TALK));
    assertEquals(Optional.of(5), g.rating(GlobalScore.SOFTENING_SUSTAIN_TALK));
    assertEquals(Optional.of(3), g.rating(GlobalScore.PARTNERSHIP));
    assertEquals(Optional.of(4), g.rating(GlobalScore.EMPATHY));
  }

  @Test
  void aRatingMissingOrOutsideOneToFiveIsAProblemAndNotARating() {
    Globals g = Globals.of(0, null, 6, 5);
    assertEquals(
        List.of(
            new GlobalsProblem(GlobalScore.CULTIVATING_CHANGE_TALK, GlobalsProblem.OUT_OF_RANGE),
            new GlobalsProblem(GlobalScore.SOFTENING_SUSTAIN_TALK, GlobalsProblem.MISSING),
            new GlobalsProblem(GlobalScore.PARTNERSHIP, GlobalsProblem.OUT_OF_RANGE)),
        g.problems());
    assertFalse(g.isComplete());
    assertEquals(Optional.empty(), g.rating(GlobalScore.CULTIVATING_CHANGE_TALK));
    assertEquals(0, g.entered(GlobalScore.CULTIVATING_CHANGE_TALK), "kept to show beside it");
    assertNull(g.entered(GlobalScore.SOFTENING_SUSTAIN_TALK));
  }

  @Test
  void ratingsFromAMapAndNone() {
    Map<GlobalScore, Integer> ratings = new EnumMap<>(GlobalScore.class);
    ratings.put(GlobalScore.EMPATHY, 4);
    ratings.put(GlobalScore.PARTNERSHIP, null);
    Globals g = Globals.of(ratings);
    assertEquals(Optional.of(4), g.rating(GlobalScore.EMPATHY));
    assertEquals(3, g.problems().size());
    assertEquals(Globals.of(null, null, null, 4), g);
    assertEquals(4, Globals.none().problems().size());
  }
}
