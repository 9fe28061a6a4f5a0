package org.casebook.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casebook.platform.NotFound;
import org.casebook.platform.web.Pages;
import org.casebook.review.Khi;
import org.casebook.review.Reviews;
import org.casebook.security.CurrentUser;

/** A recorded review, read back. Opening it writes the access log. */
@Named
@RequestScoped
public class ViewReview {

  @Inject Reviews reviews;
  @Inject CurrentUser currentUser;

  private Long id;
  private Reviews.Reading reading;

  public void load() {
    if (id == null) {
      Pages.notFound();
      return;
    }
    try {
      reading = reviews.view(currentUser.caller(), id, Pages.channel());
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  /** A change in a Key Human Indicator, signed ("+2", "−1", "no change"), or blank if unknown. */
  public String change(Integer first, Integer now) {
    Integer change = Khi.change(first, now);
    if (change == null) {
      return "";
    }
    if (change == 0) {
      return org.casebook.platform.Messages.text("review.khi.noChange");
    }
    return change > 0 ? "+" + change : "−" + (-change);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Reviews.Reading getReading() {
    return reading;
  }
}
