package org.casebook.readiness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;
import org.casebook.security.Role;
import org.junit.jupiter.api.Test;

/**
 * The framework as shipped: six themes, 18 questions in its words, the rating scale, who may do
 * what.
 */
class ReadinessFrameworkTest {

  private static final ResourceBundle MESSAGES =
      ResourceBundle.getBundle("i18n.messages", Locale.UK);

  @Test
  void eighteenQuestionsThreeToEachThemeInTheFrameworksOrder() {
    assertEquals(18, Question.values().length);
    assertEquals(
        List.of(
            Theme.CO_PRODUCTION,
            Theme.COMMUNITY_CONNECTIONS,
            Theme.IMPACT,
            Theme.LEADERSHIP,
            Theme.QUALITY,
            Theme.VISION),
        List.of(Theme.values()));
    int number = 1;
    for (Theme theme : Theme.values()) {
      List<Question> questions = theme.getQuestions();
      assertEquals(3, questions.size(), theme.name());
      for (Question q : questions) {
        assertEquals(number++, q.getNumber());
        assertEquals(theme, q.getTheme());
        assertEquals(q, Question.number(q.getNumber()));
      }
    }
    assertThrows(IllegalArgumentException.class, () -> Question.number(0));
    assertThrows(IllegalArgumentException.class, () -> Question.number(19));
  }

  @Test
  void everyQuestionHasTheFrameworksWordsAndAShortTitle() {
    for (Question q : Question.values()) {
      String text = MESSAGES.getString(q.getTextKey());
      String title = MESSAGES.getString(q.getShortKey());
      assertTrue(text.endsWith("?"), q + " is a question: " + text);
      assertTrue(text.length() > title.length(), q + "'s title is shorter than the question");
      assertFalse(title.isBlank(), q.name());
    }
    for (Theme t : Theme.values()) {
      assertFalse(MESSAGES.getString(t.getMessageKey()).isBlank());
    }
    // As the framework asks them, word for word.
    assertEquals(
        "Is there a willingness to invest time and effort in ensuring that the pertinent"
            + " information is collated, analysed and acted upon?",
        MESSAGES.getString("readiness.question.7"));
    assertEquals(
        "To what extent does a culture of strengths-based practice already exist within practice"
            + " teams? If the culture is not evident do the values of practitioners, the language"
            + " and actions reflect such an approach?",
        MESSAGES.getString("readiness.question.15"));
    assertEquals(
        "Community connections", MESSAGES.getString("readiness.theme.COMMUNITY_CONNECTIONS"));
  }

  @Test
  void ratingsRunFromOneRedToFourGreenWithWords() {
    assertEquals(4, Rating.values().length);
    assertEquals("1 – Not in place (red)", MESSAGES.getString(Rating.NOT_IN_PLACE.getLabelKey()));
    assertEquals("2 – Beginning (amber)", MESSAGES.getString(Rating.BEGINNING.getLabelKey()));
    assertEquals(
        "3 – Developing (amber-green)", MESSAGES.getString(Rating.DEVELOPING.getLabelKey()));
    assertEquals("4 – In place (green)", MESSAGES.getString(Rating.IN_PLACE.getLabelKey()));
    for (Rating r : Rating.values()) {
      assertEquals(r, Rating.of(r.getScore()).orElseThrow());
      assertFalse(MESSAGES.getString(r.getMeaningKey()).isBlank());
      assertFalse(MESSAGES.getString(r.getNameKey()).isBlank());
    }
    assertTrue(Rating.of(null).isEmpty());
    assertTrue(Rating.of(0).isEmpty());
    assertTrue(Rating.of(5).isEmpty());
  }

  @Test
  void leadersAnswerManagersAndAdministratorsReadNobodyElse() {
    Caller leader = new Caller(1, "lou", Role.LEADER, null);
    Caller manager = new Caller(2, "anna", Role.TEAM_MANAGER, 7L);
    Caller admin = new Caller(3, "ade", Role.ADMIN, null);
    Caller worker = new Caller(4, "ada", Role.SOCIAL_WORKER, 7L);
    Caller trainer = new Caller(5, "tia", Role.TRAINER, null);
    assertTrue(ReadinessAccess.edits(leader));
    assertTrue(ReadinessAccess.reads(leader));
    for (Caller reader : List.of(manager, admin)) {
      assertTrue(ReadinessAccess.reads(reader));
      assertFalse(ReadinessAccess.edits(reader));
      assertThrows(Caller.AccessDenied.class, () -> ReadinessAccess.requireEdit(reader));
    }
    for (Caller outsider : List.of(worker, trainer)) {
      assertFalse(ReadinessAccess.reads(outsider));
      assertFalse(ReadinessAccess.edits(outsider));
      assertThrows(Caller.AccessDenied.class, () -> ReadinessAccess.requireRead(outsider));
    }
    assertFalse(ReadinessAccess.reads(null));
  }

  @Test
  void yearsFromTheFirstToThisOneAndEarlierYearsNotYetTaken() {
    ReadinessYears.check(2026, 2026);
    ReadinessYears.check(ReadinessYears.FIRST, 2026);
    RuleViolation future =
        assertThrows(RuleViolation.class, () -> ReadinessYears.check(2027, 2026));
    assertEquals("readiness.year.outOfRange", future.messageKey());
    assertEquals(List.of("2010", "2026"), List.of(future.arguments()), "years as words");
    assertThrows(RuleViolation.class, () -> ReadinessYears.check(ReadinessYears.FIRST - 1, 2026));
    assertEquals(
        List.of(2025, 2023, 2021), ReadinessYears.earlierOffered(2026, Set.of(2026, 2024, 2022)));
    assertEquals(List.of(2010), ReadinessYears.earlierOffered(2011, Set.of()));
  }
}
