package org.casebook.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleDrawTest {

  private static final String SECRET =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private static List<SampleDraw.Candidate> candidates() {
    List<SampleDraw.Candidate> all = new ArrayList<>();
    for (long id = 1; id <= 30; id++) {
      all.add(new SampleDraw.Candidate(id, id % 3 == 0 ? 7L : id % 3 == 1 ? 8L : 9L));
    }
    return all;
  }

  @Test
  void drawsTheGivenNumberForEachWorker() {
    List<SampleDraw.Candidate> drawn = SampleDraw.draw(candidates(), SECRET, 1, OCTOBER, 2);
    Map<Long, Long> perWorker =
        drawn.stream()
            .collect(Collectors.groupingBy(SampleDraw.Candidate::workerId, Collectors.counting()));
    assertEquals(Map.of(7L, 2L, 8L, 2L, 9L, 2L), perWorker);
  }

  @Test
  void aWorkerWithFewerRecordsHasThemAll() {
    List<SampleDraw.Candidate> few = List.of(new SampleDraw.Candidate(5, 7));
    assertEquals(few, SampleDraw.draw(few, SECRET, 1, OCTOBER, 3));
  }

  @Test
  void theSameMonthGivesTheSameSampleWhateverOrderTheRecordsComeIn() {
    List<SampleDraw.Candidate> shuffled = new ArrayList<>(candidates());
    Collections.shuffle(shuffled, new java.util.Random(42));
    assertEquals(
        SampleDraw.draw(candidates(), SECRET, 1, OCTOBER, 3),
        SampleDraw.draw(shuffled, SECRET, 1, OCTOBER, 3));
  }

  @Test
  void anotherMonthTeamOrSecretGivesAnotherOrder() {
    List<SampleDraw.Candidate> october = SampleDraw.draw(candidates(), SECRET, 1, OCTOBER, 10);
    assertNotEquals(october, SampleDraw.draw(candidates(), SECRET, 1, OCTOBER.plusMonths(1), 10));
    assertNotEquals(october, SampleDraw.draw(candidates(), SECRET, 2, OCTOBER, 10));
    assertNotEquals(
        october, SampleDraw.draw(candidates(), SECRET.replace('0', '1'), 1, OCTOBER, 10));
  }

  @Test
  void theDrawIsNotSimplyTheFirstRecords() {
    // Over many months, each of a worker's ten records is drawn first at least once.
    java.util.Set<Long> firsts = new java.util.HashSet<>();
    for (int m = 0; m < 120; m++) {
      firsts.add(
          SampleDraw.draw(candidates(), SECRET, 1, OCTOBER.minusMonths(m), 1)
              .get(0)
              .conversationId());
    }
    assertTrue(firsts.size() == 10, "drawn first: " + firsts);
  }
}
