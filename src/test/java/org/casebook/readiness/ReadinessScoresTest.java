package org.casebook.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casebook.readiness.Comparison.Change;
import org.junit.jupiter.api.Test;

/** Theme scores and the comparison between years, in figures and in words. */
class ReadinessScoresTest {

  private static Map<Question, Integer> ratings(Object... pairs) {
    Map<Question, Integer> ratings = new EnumMap<>(Question.class);
    for (int i = 0; i < pairs.length; i += 2) {
      ratings.put(Question.number((Integer) pairs[i]), (Integer) pairs[i + 1]);
    }
    return ratings;
  }

  @Test
  void aThemesScoreIsTheMeanOfItsRatedQuestionsToOneDecimalPlace() {
    List<ThemeScore> scores =
        ThemeScore.of(ratings(1, 2, 2, 3, 3, 3, 4, 1, 5, 2, 7, 4, 10, 1, 11, 2));
    assertEquals(6, scores.size());
    ThemeScore coProduction = scores.get(0);
    assertEquals(Theme.CO_PRODUCTION, coProduction.theme());
    assertEquals(3, coProduction.rated());
    assertEquals(new BigDecimal("2.7"), coProduction.mean(), "8 / 3 = 2.67, half up");
    assertEquals(new BigDecimal("1.5"), scores.get(1).mean(), "(1 + 2) / 2, question 6 unrated");
    assertEquals(2, scores.get(1).rated());
    assertEquals(new BigDecimal("4.0"), scores.get(2).mean());
    assertEquals(new BigDecimal("1.5"), scores.get(3).mean());
    assertEquals(0, scores.get(4).rated());
    assertNull(scores.get(4).mean(), "nothing rated: no score, never 0");
    assertEquals(3, scores.get(5).getQuestions());
  }

  @Test
  void aRatingThatIsNotOneIsNotCounted() {
    ThemeScore vision = ThemeScore.of(ratings(16, 4, 17, 9, 18, 0)).get(5);
    assertEquals(1, vision.rated());
    assertEquals(new BigDecimal("4.0"), vision.mean());
  }

  @Test
  void theScoreInWordsSaysHowManyWereRated() {
    List<ThemeScore> scores = ThemeScore.of(ratings(1, 2, 2, 3));
    assertEquals("2.5 (2 of 3 rated)", ReadinessWords.score(scores.get(0)));
    assertEquals("Not rated (0 of 3)", ReadinessWords.score(scores.get(1)));
  }

  @Test
  void eachQuestionsChangeIsNamed() {
    Comparison c =
        Comparison.of(ratings(1, 3, 2, 2, 3, 2, 4, 4, 6, 1), ratings(1, 2, 2, 4, 3, 2, 5, 3, 6, 7));
    List<Comparison.QuestionChange> q = c.questions();
    assertEquals(18, q.size());
    assertEquals(Change.UP, q.get(0).change());
    assertEquals(1, q.get(0).difference());
    assertEquals(Change.DOWN, q.get(1).change());
    assertEquals(-2, q.get(1).difference());
    assertEquals(Change.SAME, q.get(2).change());
    assertEquals(Change.NOT_RATED_BEFORE, q.get(3).change());
    assertEquals(Change.NOT_RATED_NOW, q.get(4).change());
    assertEquals(Change.NOT_RATED_BEFORE, q.get(5).change(), "7 in the earlier year is no rating");
    assertEquals(Change.NOT_RATED, q.get(6).change());
    assertEquals(1, c.count(Change.UP));
    assertEquals(1, c.count(Change.DOWN));
    assertEquals(1, c.count(Change.SAME));
  }

  @Test
  void changesAreSaidInWordsNotOnlyArrows() {
    Comparison c = Comparison.of(ratings(1, 3, 2, 2, 3, 2, 4, 4), ratings(1, 2, 2, 4, 3, 2, 5, 3));
    List<Comparison.QuestionChange> q = c.questions();
    assertEquals("Up 1, from Beginning to Developing", ReadinessWords.change(q.get(0), 2026, 2025));
    assertEquals("Down 2, from In place to Beginning", ReadinessWords.change(q.get(1), 2026, 2025));
    assertEquals("Same (Beginning)", ReadinessWords.change(q.get(2), 2026, 2025));
    assertEquals("Not rated in 2025", ReadinessWords.change(q.get(3), 2026, 2025));
    assertEquals("Not rated in 2026 (was Developing)", ReadinessWords.change(q.get(4), 2026, 2025));
    assertEquals("Not rated in either year", ReadinessWords.change(q.get(6), 2026, 2025));
    assertEquals("▲", ReadinessWords.arrow(Change.UP));
    assertEquals("▼", ReadinessWords.arrow(Change.DOWN));
    assertEquals("", ReadinessWords.arrow(Change.NOT_RATED));
  }

  @Test
  void eachThemesChangeIsTheDifferenceOfItsMeans() {
    Comparison c =
        Comparison.of(
            ratings(1, 3, 2, 3, 3, 3, 4, 1, 7, 2, 10, 3), ratings(1, 2, 2, 3, 3, 2, 4, 2, 7, 2));
    List<Comparison.ThemeChange> t = c.themes();
    assertEquals(new BigDecimal("0.7"), t.get(0).difference(), "3.0 against 2.3");
    assertEquals("Up 0.7", ReadinessWords.change(t.get(0)));
    assertEquals("Down 1.0", ReadinessWords.change(t.get(1)));
    assertEquals("Same", ReadinessWords.change(t.get(2)));
    assertEquals(Change.NOT_RATED_BEFORE, t.get(3).change());
    assertEquals("Cannot compare", ReadinessWords.change(t.get(3)));
    assertEquals(Change.NOT_RATED, t.get(4).change());
  }

  @Test
  void ratingsInWords() {
    assertEquals("3 – Developing (amber-green)", ReadinessWords.rating(3));
    assertEquals("Not rated yet", ReadinessWords.rating(null));
    assertEquals("In place", ReadinessWords.ratingName(4));
  }
}
