package org.casebook.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casebook.contact.ResolutionRoute;
import org.casebook.report.FileNames;
import org.casebook.report.Mean;
import org.casebook.report.Rate;

/**
 * The dashboard's figures for one filter: counts only, never a person's name or id.
 *
 * @param filter what was counted, after the caller's access was applied
 * @param teamName the team's name, or null for every team
 * @param workerName the worker's name, or null for every worker
 * @param window the council's repeat window in months (3, 6 or 12)
 * @param today the day the figures were made, for reviews overdue
 * @param contactsByRoute contacts by route of access, in the coded list's order
 * @param contactsByNextStep contacts by what happened next, in the coded list's order
 * @param requests requests begun in the period and their repeats
 * @param resolutionsByRoute resolutions by how they were resolved, every route present
 * @param resolutions resolutions, their sustainability and flags
 * @param reviews reviews held and overdue
 * @param breakdown the same figures by team or by worker
 */
public record Figures(
    OutcomeFilter filter,
    String teamName,
    String workerName,
    int window,
    LocalDate today,
    List<Count> contactsByRoute,
    List<Count> contactsByNextStep,
    Requests requests,
    Map<ResolutionRoute, Long> resolutionsByRoute,
    Resolutions resolutions,
    Reviews reviews,
    Breakdown breakdown) {

  /** A value of a coded list and how many contacts had it. */
  public record Count(String label, long count) {}

  /**
   * Requests begun in the period (first contacts of requests) and how many of them began within 3,
   * 6 and 12 months of the person's request before.
   */
  public record Requests(long begun, long repeat3, long repeat6, long repeat12) {

    public long repeats(int months) {
      return switch (months) {
        case 3 -> repeat3;
        case 6 -> repeat6;
        case 12 -> repeat12;
        default -> throw new IllegalArgumentException("the window is 3, 6 or 12 months");
      };
    }

    /** Repeats ÷ requests begun in the period. */
    public Rate rate(int months) {
      return new Rate(repeats(months), begun);
    }
  }

  /**
   * Resolutions recorded in the period.
   *
   * @param total every resolution
   * @param networkOrCommunity through the person's own network or a community asset
   * @param sustainable judged sustainable by the worker
   * @param flagged judged sustainable, but the person came back within the council's window
   */
  public record Resolutions(long total, long networkOrCommunity, long sustainable, long flagged) {

    public Rate networkShare() {
      return new Rate(networkOrCommunity, total);
    }

    public Rate sustainableShare() {
      return new Rate(sustainable, total);
    }

    public Rate flaggedShare() {
      return new Rate(flagged, sustainable);
    }
  }

  /**
   * Reviews held in the period, and reviews overdue today.
   *
   * @param held reviews held
   * @param goalsMet reviews where every goal reached its expected level or better
   * @param tScore the average T-score of those with goals scored
   * @param khiPeople the average change in how many people the person can call on
   * @param khiControl the average change in how in control of their life they feel
   * @param khiConnected the average change in how connected they feel
   * @param overdue reviews overdue today, whatever the period
   */
  public record Reviews(
      long held,
      long goalsMet,
      Mean tScore,
      Mean khiPeople,
      Mean khiControl,
      Mean khiConnected,
      long overdue) {

    public Rate goalsMetShare() {
      return new Rate(goalsMet, held);
    }
  }

  public long contacts() {
    return contactsByRoute.stream().mapToLong(Count::count).sum();
  }

  /**
   * A download's file name, for the filter and the day it was made:
   * "outcomes-it-team-a-2025-04-01-to-2026-03-31-made-2026-11-23.xlsx".
   */
  public String fileName(String extension) {
    StringBuilder name = new StringBuilder("outcomes-");
    name.append(teamName == null ? "whole-council" : FileNames.slug(teamName));
    if (workerName != null) {
      name.append('-').append(FileNames.slug(workerName));
    }
    if (filter.ward() != null) {
      name.append('-').append(FileNames.slug(filter.ward()));
    }
    return name.append('-')
        .append(filter.period().from())
        .append("-to-")
        .append(filter.period().to())
        .append("-made-")
        .append(today)
        .append('.')
        .append(extension)
        .toString();
  }
}
