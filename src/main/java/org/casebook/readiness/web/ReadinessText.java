package org.casebook.readiness.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.casebook.readiness.Rating;
import org.casebook.readiness.ReadinessWords;
import org.casebook.readiness.Theme;

/** Choices and words for the self-assessment's pages. */
@Named
@ApplicationScoped
public class ReadinessText {

  public List<Rating> getRatings() {
    return List.of(Rating.values());
  }

  public List<Theme> getThemes() {
    return List.of(Theme.values());
  }

  /** "2 – Beginning (amber)", or "Not rated yet". */
  public String rating(Integer score) {
    return ReadinessWords.rating(score);
  }

  /** The style that repeats a rating's colour: "cb-rating-amber", or "cb-rating-none". */
  public String ratingClass(Integer score) {
    return "cb-rating-" + Rating.of(score).map(Rating::getColour).orElse("none");
  }
}
