package org.casebook.readiness;

import java.util.List;

/** The six themes of the readiness framework, in the framework's order. */
public enum Theme {
  CO_PRODUCTION,
  COMMUNITY_CONNECTIONS,
  IMPACT,
  LEADERSHIP,
  QUALITY,
  VISION;

  public String getMessageKey() {
    return "readiness.theme." + name();
  }

  /** The theme's three questions, in the framework's order. */
  public List<Question> getQuestions() {
    return Question.in(this);
  }
}
