package org.casebook.perf;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.casebook.language.Finding;
import org.casebook.language.LanguageChecker;
import org.casebook.language.Lexicon;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The language checker's throughput on one core (docs/performance.md): 10 MB of synthetic case
 * notes — sentences as workers write them, about one in five with a phrase to reconsider, some with
 * the person's words in quotation marks, line breaks, accents and emoji — checked whole. The answer
 * is seconds per 10 MB; throughput in MB/s is 10 divided by it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class LanguageCheckerBenchmark {

  static final int SIZE = 10 * 1024 * 1024;

  private static final List<String> SENTENCES =
      List.of(
          "Visited Peggy at home on Mill Lane; her neighbour Bev was there and made tea.",
          "She suffers from arthritis in both hands and finds the kettle hard to lift.",
          "\"I want to get back to the church flowers,\" she said, \"even if someone carries the"
              + " buckets.\"",
          "Martin rings every Sunday and would like to drive her to the lunch club on Tuesdays.",
          "Last winter she refused to engage with the falls team after the ambulance came.",
          "We talked about what a good day looks like: a walk to the shop, a chat, the garden.",
          "Her GP says she is non-compliant with her medication; Peggy says the tablets make her"
              + " dizzy.",
          "Agreed actions: Bev walks with her the first three times; pendant alarm worn.",
          "Café on the corner does a pensioners' lunch on Thursdays — she knows the owner. 😀",
          "The package of care was reduced in March at her request.",
          "Goal: \"To do the flowers again by Easter.\" Expected level: helping once a month.",
          "She is not wheelchair-bound but uses her frame outdoors and a stick indoors.",
          "Discussed what matters most: being useful, seeing her friends, staying at home.");

  private LanguageChecker checker;
  private String notes;

  @Setup
  public void setUp() {
    checker = new LanguageChecker(Lexicon.shipped());
    Random random = new Random(20261123L);
    StringBuilder b = new StringBuilder(SIZE + 200);
    while (b.length() < SIZE) {
      b.append(SENTENCES.get(random.nextInt(SENTENCES.size())));
      b.append(random.nextInt(6) == 0 ? "\n\n" : " ");
    }
    notes = b.substring(0, SIZE);
  }

  @Benchmark
  public List<Finding> checkTenMegabytes() {
    return checker.check(notes);
  }
}
