package org.casebook.perf;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the simulations share: the HTTP protocol, a feeder of usernames, the printed summary. */
final class PerfKit {

  private PerfKit() {}

  static HttpProtocolBuilder protocol(String baseUrl) {
    return http.baseUrl(baseUrl)
        .acceptHeader("text/html,application/xhtml+xml")
        .acceptEncodingHeader("gzip, deflate")
        .userAgentHeader("Casebook benchmark (Gatling)")
        .shareConnections();
  }

  /** The usernames in turn, round and round, as a Gatling feeder. */
  static Iterator<Map<String, Object>> usernames(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalStateException("No perf users: run the generator first");
    }
    return new Iterator<>() {
      int next;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public synchronized Map<String, Object> next() {
        return Map.of("username", names.get(next++ % names.size()));
      }
    };
  }

  /** Prints count, mean and percentiles of the measured response times. */
  static void summary(String title, int users, double think, String name, List<Integer> samples) {
    List<Integer> times;
    synchronized (samples) {
      times = new ArrayList<>(samples);
    }
    Collections.sort(times);
    if (times.isEmpty()) {
      System.out.println(title + ": nothing measured");
      return;
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d users, think time x%s: %s count %d, mean %.0f ms, p50 %d, p95 %d, p99 %d, max %d"
            + " ms%n",
        title,
        users,
        think,
        name,
        times.size(),
        times.stream().mapToInt(Integer::intValue).average().orElse(0),
        times.get(times.size() / 2),
        times.get((int) Math.ceil(times.size() * 0.95) - 1),
        times.get((int) Math.ceil(times.size() * 0.99) - 1),
        times.get(times.size() - 1));
  }
}
