package org.casebook.asset;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * When an asset is open in an ordinary week. Editors type each day's sessions as people write them
 * ("10:00-12:00, 2pm-4pm"); {@link #parseDay} reads that or says what is wrong, and {@link
 * #formatDay} writes it back the same way every time.
 */
public final class OpeningHours {

  private static final Pattern SESSION =
      Pattern.compile(
          "\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?\\s*(?:-|–|—|to)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm)?\\s*");

  private final List<OpeningTime> times;

  public OpeningHours(List<OpeningTime> times) {
    this.times = times.stream().sorted().toList();
  }

  public List<OpeningTime> times() {
    return times;
  }

  public boolean isEmpty() {
    return times.isEmpty();
  }

  /** Open at some time on this day of the week. */
  public boolean isOpenOn(DayOfWeek day) {
    return times.stream().anyMatch(t -> t.day() == day);
  }

  /** Open at this moment of an ordinary week. */
  public boolean isOpenAt(LocalDateTime when) {
    return times.stream()
        .anyMatch(t -> t.day() == when.getDayOfWeek() && t.covers(when.toLocalTime()));
  }

  /** The sessions on one day, earliest first. */
  public List<OpeningTime> on(DayOfWeek day) {
    return times.stream().filter(t -> t.day() == day).toList();
  }

  /** Each day's sessions written as an editor would type them; days with none are left out. */
  public Map<DayOfWeek, String> byDay() {
    Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      List<OpeningTime> sessions = on(day);
      if (!sessions.isEmpty()) {
        days.put(day, formatDay(sessions));
      }
    }
    return days;
  }

  public static String formatDay(List<OpeningTime> sessions) {
    return sessions.stream()
        .sorted()
        .map(s -> s.opens() + "–" + s.closes())
        .collect(Collectors.joining(", "));
  }

  /** A day's sessions as typed, or the message key saying what is wrong. */
  public record Parsed(List<OpeningTime> sessions, String problem) {
    public boolean ok() {
      return problem == null;
    }
  }

  /**
   * Reads one day's sessions: times as 10:00, 10.00, 10 or 10am, ranges with a hyphen, a dash or
   * "to", sessions separated by commas, "and" or semicolons. Blank means closed that day.
   */
  public static Parsed parseDay(DayOfWeek day, String typed) {
    List<OpeningTime> sessions = new ArrayList<>();
    if (typed == null || typed.isBlank()) {
      return new Parsed(sessions, null);
    }
    String text = typed.toLowerCase(Locale.UK).replace('\u00A0', ' ');
    if (text.strip().equals("closed")) {
      return new Parsed(sessions, null);
    }
    for (String part : text.split("\\s*(?:,|;|\\band\\b|&)\\s*")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = SESSION.matcher(part);
      if (!m.matches()) {
        return new Parsed(List.of(), "asset.opening.unreadable");
      }
      Optional<LocalTime> opens =
          time(m.group(1), m.group(2), m.group(3) != null ? m.group(3) : m.group(6));
      Optional<LocalTime> closes = time(m.group(4), m.group(5), m.group(6));
      if (opens.isEmpty() || closes.isEmpty()) {
        return new Parsed(List.of(), "asset.opening.unreadable");
      }
      LocalTime close =
          closes.get().equals(LocalTime.MIDNIGHT) ? LocalTime.of(23, 59) : closes.get();
      if (!close.isAfter(opens.get()) && m.group(3) == null && m.group(6) != null) {
        // "11-1pm": the half given for the closing time does not carry back to the opening time.
        opens = time(m.group(1), m.group(2), null);
      }
      if (opens.isEmpty() || !close.isAfter(opens.get())) {
        return new Parsed(List.of(), "asset.opening.closesBeforeOpens");
      }
      sessions.add(new OpeningTime(day, opens.get(), close));
    }
    sessions.sort(null);
    for (int i = 1; i < sessions.size(); i++) {
      if (sessions.get(i).opens().isBefore(sessions.get(i - 1).closes())) {
        return new Parsed(List.of(), "asset.opening.overlap");
      }
    }
    return new Parsed(sessions, null);
  }

  private static Optional<LocalTime> time(String hours, String minutes, String half) {
    int h = Integer.parseInt(hours);
    int m = minutes == null ? 0 : Integer.parseInt(minutes);
    if (m > 59) {
      return Optional.empty();
    }
    if (half != null) {
      if (h < 1 || h > 12) {
        return Optional.empty();
      }
      h = h % 12 + (half.equals("pm") ? 12 : 0);
    } else if (h == 24 && m == 0) {
      return Optional.of(LocalTime.MIDNIGHT);
    } else if (h > 23) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(h, m));
  }
}
