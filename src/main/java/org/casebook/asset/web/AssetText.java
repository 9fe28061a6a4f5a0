package org.casebook.asset.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casebook.asset.Asset;
import org.casebook.asset.OpeningTime;
import org.casebook.platform.Messages;

/** Words for showing an asset on a page: when it is open, for which ages, a short description. */
@Named
@ApplicationScoped
public class AssetText {

  private static final int SHORT_DESCRIPTION = 220;

  /** "Tue 13:00–15:30 · Sat 10:00–12:00", or "" when no sessions are recorded. */
  public String openingSummary(Asset asset) {
    return asset.openingHours().byDay().entrySet().stream()
        .map(e -> e.getKey().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + e.getValue())
        .collect(Collectors.joining(" · "));
  }

  public String dayName(DayOfWeek day) {
    return day == null ? "" : Messages.text("day." + day.name());
  }

  public String sessions(Asset asset, DayOfWeek day) {
    var on = asset.openingHours().on(day);
    return on.isEmpty() ? "" : org.casebook.asset.OpeningHours.formatDay(on);
  }

  public java.util.List<DayOfWeek> openDays(Asset asset) {
    return asset.getOpeningTimes().stream().map(OpeningTime::day).distinct().toList();
  }

  public String tags(Asset asset) {
    return String.join(", ", asset.getTags());
  }

  public String ages(Asset asset) {
    Integer min = asset.getMinimumAge();
    Integer max = asset.getMaximumAge();
    if (min == null && max == null) {
      return "";
    }
    if (min != null && max != null) {
      return Messages.text("asset.page.ages.range", min, max);
    }
    return min != null
        ? Messages.text("asset.page.ages.from", min)
        : Messages.text("asset.page.ages.upTo", max);
  }

  /** The first paragraph, cut at a word near 220 characters. */
  public String shortDescription(Asset asset) {
    String d = asset.getDescription();
    if (d == null) {
      return "";
    }
    String first = d.split("\n", 2)[0];
    if (first.length() <= SHORT_DESCRIPTION) {
      return first;
    }
    int cut = first.lastIndexOf(' ', SHORT_DESCRIPTION);
    return first.substring(0, cut > 0 ? cut : SHORT_DESCRIPTION) + "…";
  }
}
