package org.casebook.training.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.casebook.platform.Messages;

/** Words for the training pages that come from codes kept in a snapshot. */
@Named
@ApplicationScoped
public class TrainingText {

  /** "80 to 84", "90 or over", "under 18", from the band kept in a snapshot. */
  public String ageBand(String band) {
    if (band == null) {
      return Messages.text("training.case.age.unknown");
    }
    if (band.equals("90+")) {
      return Messages.text("training.case.age.90");
    }
    if (band.startsWith("under")) {
      return Messages.text("training.case.age.under18");
    }
    String[] parts = band.split("-");
    return Messages.text("training.case.age.band", parts[0], parts[1]);
  }

  /** What a highlighted replacement or flag is, in words: "a name", "a rare detail". */
  public String mark(String kind, boolean flag) {
    String code =
        kind == null ? "" : kind.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    String key = flag ? "training.flag." + code.replaceAll("^_|_$", "") : "training.mark." + kind;
    return Messages.has(key)
        ? Messages.text(key)
        : Messages.text(flag ? "training.flag.other" : "training.mark.other");
  }
}
