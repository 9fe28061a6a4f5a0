package org.casebook.readiness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A theme's score: the mean of its questions' ratings, over the questions rated, to one decimal
 * place (half up), and how many of its three questions were rated. With none rated there is no mean
 * (never 0: the lowest rating is 1).
 *
 * @param mean null when no question of the theme is rated
 */
public record ThemeScore(Theme theme, int rated, BigDecimal mean) {

  /** The six themes' scores, in the framework's order. */
  public static List<ThemeScore> of(Map<Question, Integer> ratings) {
    List<ThemeScore> scores = new ArrayList<>();
    for (Theme theme : Theme.values()) {
      int sum = 0;
      int rated = 0;
      for (Question q : theme.getQuestions()) {
        Integer rating = ratings.get(q);
        if (Rating.of(rating).isPresent()) {
          sum += rating;
          rated++;
        }
      }
      BigDecimal mean =
          rated == 0
              ? null
              : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
      scores.add(new ThemeScore(theme, rated, mean));
    }
    return scores;
  }

  public Theme getTheme() {
    return theme;
  }

  public int getRated() {
    return rated;
  }

  /** How many questions the theme has. */
  public int getQuestions() {
    return theme.getQuestions().size();
  }

  public BigDecimal getMean() {
    return mean;
  }
}
