package org.casebook.practice;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebook.outcome.Pseudonyms;

/**
 * The month's random sample for a team: for each worker, the given number of the conversations they
 * signed that month. The order is an HMAC of the team, the month and the conversation under a
 * secret kept in Casebook's database, so the draw is random to anyone without the secret (a worker
 * cannot tell which records will be picked) and yet the same every time it is made for the same
 * month and the same records.
 */
public final class SampleDraw {

  private SampleDraw() {}

  /** A signed conversation that could be drawn, and the worker who signed it. */
  public record Candidate(long conversationId, long workerId) {}

  public static List<Candidate> draw(
      List<Candidate> candidates, String secretHex, long teamId, YearMonth month, int perWorker) {
    Map<Long, List<Candidate>> byWorker = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      byWorker.computeIfAbsent(c.workerId(), w -> new ArrayList<>()).add(c);
    }
    List<Candidate> drawn = new ArrayList<>();
    byWorker.keySet().stream()
        .sorted()
        .forEach(
            worker ->
                byWorker.get(worker).stream()
                    .sorted(
                        Comparator.comparing(
                                (Candidate c) -> rank(secretHex, teamId, month, c.conversationId()))
                            .thenComparingLong(Candidate::conversationId))
                    .limit(Math.max(0, perWorker))
                    .forEach(drawn::add));
    return drawn;
  }

  static String rank(String secretHex, long teamId, YearMonth month, long conversationId) {
    return Pseudonyms.hmac(
        secretHex, "audit-sample|" + teamId + "|" + month + "|" + conversationId);
  }
}
