package org.casebook.readiness;

import java.util.Arrays;
import java.util.List;

/**
 * The 18 questions of the readiness framework's self-assessment, three a theme, numbered as the
 * framework numbers them. Their words are in the bundle: the question as the framework asks it
 * ({@code readiness.question.7}) and a short title for tables ({@code readiness.question.7.short}).
 * Answers are kept by number, so the numbers never change.
 */
public enum Question {
  Q1(Theme.CO_PRODUCTION),
  Q2(Theme.CO_PRODUCTION),
  Q3(Theme.CO_PRODUCTION),
  Q4(Theme.COMMUNITY_CONNECTIONS),
  Q5(Theme.COMMUNITY_CONNECTIONS),
  Q6(Theme.COMMUNITY_CONNECTIONS),
  Q7(Theme.IMPACT),
  Q8(Theme.IMPACT),
  Q9(Theme.IMPACT),
  Q10(Theme.LEADERSHIP),
  Q11(Theme.LEADERSHIP),
  Q12(Theme.LEADERSHIP),
  Q13(Theme.QUALITY),
  Q14(Theme.QUALITY),
  Q15(Theme.QUALITY),
  Q16(Theme.VISION),
  Q17(Theme.VISION),
  Q18(Theme.VISION);

  public static final int COUNT = 18;

  private final Theme theme;

  Question(Theme theme) {
    this.theme = theme;
  }

  public int getNumber() {
    return ordinal() + 1;
  }

  public Theme getTheme() {
    return theme;
  }

  /** The question in the framework's words. */
  public String getTextKey() {
    return "readiness.question." + getNumber();
  }

  /** A few plain words saying what the question is about, for tables and headings. */
  public String getShortKey() {
    return "readiness.question." + getNumber() + ".short";
  }

  /** Question 1 to 18. */
  public static Question number(int number) {
    if (number < 1 || number > COUNT) {
      throw new IllegalArgumentException("no question " + number);
    }
    return values()[number - 1];
  }

  public static List<Question> in(Theme theme) {
    return Arrays.stream(values()).filter(q -> q.theme == theme).toList();
  }
}
