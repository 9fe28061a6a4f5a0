package org.casebook.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks over a text, pure: finding again where marked words stand after the text has been changed,
 * and splitting a text into plain and marked pieces for a page to draw.
 */
public final class Highlights {

  private Highlights() {}

  /** A piece of text, marked (with the mark's kind and whether it is a flag) or plain. */
  public record Piece(String text, String kind, boolean flag) {
    public String getText() {
      return text;
    }

    public String getKind() {
      return kind;
    }

    public boolean isFlag() {
      return flag;
    }

    public boolean isMarked() {
      return kind != null;
    }
  }

  /**
   * Where the marked words of {@code before} stand in {@code after}: each distinct marked string is
   * marked at every whole-word place it appears in the new text, with its kind. Overlaps keep the
   * longer.
   */
  public static List<Mark> relocate(String before, List<Mark> marks, String after) {
    Map<String, String> words = new LinkedHashMap<>();
    for (Mark m : marks) {
      if (m.getStart() >= 0 && m.getEnd() <= before.length() && m.getStart() < m.getEnd()) {
        words.putIfAbsent(before.substring(m.getStart(), m.getEnd()), m.getKind());
      }
    }
    List<Mark> found = new ArrayList<>();
    for (Map.Entry<String, String> w : words.entrySet()) {
      String word = w.getKey();
      int from = 0;
      while (true) {
        int at = after.indexOf(word, from);
        if (at < 0) {
          break;
        }
        int end = at + word.length();
        if (boundary(after, at - 1) && boundary(after, end)) {
          found.add(new Mark(at, end, w.getValue()));
        }
        from = at + 1;
      }
    }
    found.sort(
        Comparator.comparingInt(Mark::getStart)
            .thenComparing(Comparator.comparingInt((Mark m) -> m.getEnd()).reversed()));
    List<Mark> kept = new ArrayList<>();
    int reached = 0;
    for (Mark m : found) {
      if (m.getStart() >= reached) {
        kept.add(m);
        reached = m.getEnd();
      }
    }
    return kept;
  }

  /** The text as pieces, replacements and flags marked, in order; overlapping marks are merged. */
  public static List<Piece> pieces(String text, List<Mark> replacements, List<Mark> flags) {
    List<Mark> all = new ArrayList<>();
    List<Boolean> isFlag = new ArrayList<>();
    List<Mark> sorted = new ArrayList<>(replacements);
    sorted.addAll(flags);
    sorted.sort(Comparator.comparingInt(Mark::getStart));
    for (Mark m : sorted) {
      all.add(m);
      isFlag.add(flags.contains(m));
    }
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < all.size(); i++) {
      Mark m = all.get(i);
      int start = Math.max(m.getStart(), at);
      int end = Math.min(m.getEnd(), text.length());
      if (start >= end) {
        continue;
      }
      if (start > at) {
        pieces.add(new Piece(text.substring(at, start), null, false));
      }
      pieces.add(new Piece(text.substring(start, end), m.getKind(), isFlag.get(i)));
      at = end;
    }
    if (at < text.length()) {
      pieces.add(new Piece(text.substring(at), null, false));
    }
    return pieces;
  }

  private static boolean boundary(String text, int index) {
    if (index < 0 || index >= text.length()) {
      return true;
    }
    return !Character.isLetterOrDigit(text.charAt(index));
  }
}
