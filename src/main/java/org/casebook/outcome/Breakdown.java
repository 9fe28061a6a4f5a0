package org.casebook.outcome;

import java.util.List;
import org.casebook.report.Mean;
import org.casebook.report.Rate;

/**
 * The main figures for each team (the whole council chosen) or each worker (one team chosen).
 *
 * @param kind what each row is
 * @param rows one row per team or worker, in order of name
 */
public record Breakdown(Kind kind, List<Row> rows) {

  public enum Kind {
    TEAM,
    WORKER,
    NONE
  }

  public Breakdown {
    rows = List.copyOf(rows);
  }

  /**
   * One team's or worker's figures. For a worker, reviews overdue are those of the people they lead
   * on.
   *
   * @param label the team's or worker's name
   * @param contacts contacts in the period
   * @param requests requests begun in the period
   * @param repeats of those, repeats within the council's window
   * @param resolutions resolutions in the period
   * @param networkOrCommunity of those, through the person's own network or a community asset
   * @param reviews reviews held in the period
   * @param tScore their average T-score
   * @param overdue reviews overdue today
   */
  public record Row(
      String label,
      long contacts,
      long requests,
      long repeats,
      long resolutions,
      long networkOrCommunity,
      long reviews,
      Mean tScore,
      long overdue) {

    public Rate repeatRate() {
      return new Rate(repeats, requests);
    }

    public Rate networkShare() {
      return new Rate(networkOrCommunity, resolutions);
    }
  }
}
