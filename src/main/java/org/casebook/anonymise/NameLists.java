package org.casebook.anonymise;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the anonymiser reads, shipped under {@code /anonymise/}: common UK first names
 * (with whether they are usually given to women, men or either) and surnames, the names that are
 * also ordinary words, months or places, lower-case English words, and the phrases flagged for the
 * reviewer. Pseudonyms are drawn from the names that are not ordinary words, so a pseudonym never
 * reads as something else. Immutable once read.
 */
public final class NameLists {

  /** Who a first name is usually given to. */
  enum Gender {
    F,
    M,
    U
  }

  /** What else a name can be (see ordinary-names.txt). */
  enum WordClass {
    WORD,
    VERBAL,
    ABSTRACT,
    MONTH,
    PLACE
  }

  private static final String DIR = "/anonymise/";

  private final Map<String, Gender> firstNames = new HashMap<>();
  private final Set<String> surnames = new HashSet<>();
  private final Map<String, Set<WordClass>> ordinary = new HashMap<>();
  private final Set<String> english = new HashSet<>();
  private final Map<String, List<String>> quasiIdentifiers = new LinkedHashMap<>();
  private final Map<Gender, List<String>> pseudonymFirstNames = new HashMap<>();
  private final List<String> pseudonymSurnames = new ArrayList<>();

  NameLists(
      String firstNameList,
      String surnameList,
      String ordinaryList,
      String englishList,
      String quasiList) {
    for (String line : lines(ordinaryList)) {
      String[] parts = line.split("\\s+");
      Set<WordClass> classes = EnumSet.noneOf(WordClass.class);
      for (int i = 1; i < parts.length; i++) {
        classes.add(WordClass.valueOf(parts[i].toUpperCase(Locale.ROOT)));
      }
      ordinary.put(fold(parts[0]), Collections.unmodifiableSet(classes));
    }
    for (Gender g : Gender.values()) {
      pseudonymFirstNames.put(g, new ArrayList<>());
    }
    for (String line : lines(firstNameList)) {
      String[] parts = line.split("\\s+");
      Gender g = Gender.valueOf(parts[1]);
      firstNames.put(fold(parts[0]), g);
      if (usableAsPseudonym(parts[0])) {
        pseudonymFirstNames.get(g).add(parts[0]);
      }
    }
    for (String line : lines(surnameList)) {
      surnames.add(fold(line));
      if (usableAsPseudonym(line)) {
        pseudonymSurnames.add(line);
      }
    }
    english.addAll(lines(englishList));
    String reason = "rare detail";
    for (String line : lines(quasiList)) {
      if (line.startsWith("[") && line.endsWith("]")) {
        reason = line.substring(1, line.length() - 1);
      } else {
        quasiIdentifiers.computeIfAbsent(reason, r -> new ArrayList<>()).add(line);
      }
    }
  }

  /** The lists shipped with Casebook. */
  public static NameLists shipped() {
    return new NameLists(
        resource("first-names.txt"),
        resource("surnames.txt"),
        resource("ordinary-names.txt"),
        resource("english-words.txt"),
        resource("quasi-identifiers.txt"));
  }

  /**
   * A pseudonym should read as a name and nothing else, and be easy to read aloud in a training
   * session: plain letters, no ordinary word, at least three letters.
   */
  private boolean usableAsPseudonym(String name) {
    String key = fold(name);
    return name.length() >= 3
        && name.chars().allMatch(c -> c < 128 && Character.isLetter(c))
        && !ordinary.containsKey(key);
  }

  private static String resource(String name) {
    try (InputStream in = NameLists.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("the anonymiser's list " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        lines.add(l);
      }
    }
    return lines;
  }

  /**
   * A word as the lists hold it: lower case, accents and other marks removed ("Zoë" and "Zoe",
   * "Łukasz" and "Lukasz" are the same name), curly apostrophes straightened.
   */
  static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean ascii = true;
    for (int i = 0; i < lower.length() && ascii; i++) {
      ascii = lower.charAt(i) < 128;
    }
    if (ascii) {
      return lower;
    }
    StringBuilder b = new StringBuilder(lower.length());
    for (char c : Normalizer.normalize(lower, Normalizer.Form.NFD).toCharArray()) {
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue;
      }
      switch (c) {
        case 'ł' -> b.append('l');
        case 'ø' -> b.append('o');
        case 'ß' -> b.append("ss");
        case 'đ' -> b.append('d');
        case 'ı' -> b.append('i');
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case '\u2019', '\u02bc', '\u2018' -> b.append('\'');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The gender a first name is usually given to, or null when it is not in the list. */
  Gender firstName(String folded) {
    return firstNames.get(folded);
  }

  boolean surname(String folded) {
    return surnames.contains(folded);
  }

  /**
   * The surname a family is called by ("the Smiths", "the Joneses"), or null: only surnames that
   * are nothing but names, so "the Woods" stays a wood.
   */
  String familyOf(String folded) {
    for (String ending : new String[] {"es", "s"}) {
      if (folded.length() > ending.length() + 2 && folded.endsWith(ending)) {
        String stem = folded.substring(0, folded.length() - ending.length());
        if (surnames.contains(stem) && !ordinary.containsKey(stem)) {
          return stem;
        }
      }
    }
    return null;
  }

  /** What else the name can be, or null when it is only a name. */
  Set<WordClass> ordinary(String folded) {
    return ordinary.get(folded);
  }

  boolean englishWord(String folded) {
    return english.contains(folded);
  }

  Map<String, List<String>> quasiIdentifiers() {
    return quasiIdentifiers;
  }

  List<String> pseudonymFirstNames(Gender gender) {
    return pseudonymFirstNames.get(gender);
  }

  List<String> pseudonymSurnames() {
    return pseudonymSurnames;
  }

  /** How many first names and surnames are listed, for the documentation and tests. */
  int[] sizes() {
    return new int[] {firstNames.size(), surnames.size()};
  }
}
