package org.casebook.anonymise;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casebook.anonymise.NameFinder.KnownToken;
import org.casebook.anonymise.NameFinder.Mention;
import org.casebook.anonymise.NameFinder.Role;
import org.casebook.anonymise.NameLists.Gender;

/**
 * One case opened for anonymising: every text given to it (the fields of a record, or several
 * records of the case) gets the same pseudonyms and the same date shift, and a name found in one
 * text is recognised in the next. Safe to share between threads.
 */
public final class AnonymisedCase {

  private final NameLists lists;
  private final Flags flags;
  private final Map<String, KnownToken> known;
  private final NameFinder finder;
  private final Dates dates;
  private final Addresses addresses;
  private final Pseudonyms pseudonyms;

  /** Folded words found as names in this case so far, known ones included. */
  private final Set<String> memory = ConcurrentHashMap.newKeySet();

  AnonymisedCase(NameLists lists, Flags flags, CaseFacts facts, byte[] secret) {
    this.lists = lists;
    this.flags = flags;
    this.known = knownTokens(lists, facts);
    memory.addAll(known.keySet());
    this.finder = new NameFinder(lists, known);
    this.pseudonyms = new Pseudonyms(Pseudonyms.key(facts.caseKey(), secret), lists, memory);
    this.dates = new Dates(facts.today(), facts.dateOfBirth(), pseudonyms.dateShiftDays());
    this.addresses = new Addresses(facts.addresses(), facts.wards());
  }

  /**
   * The words of every known name and the part each plays: in "Margaret Ellis" Margaret is a first
   * name and Ellis a surname; a preferred name or a one-word other name is a first name unless the
   * lists know it only as a surname. Titles and initials are left out.
   */
  private static Map<String, KnownToken> knownTokens(NameLists lists, CaseFacts facts) {
    Map<String, KnownToken> known = new HashMap<>();
    for (KnownPerson person : facts.people()) {
      for (String name : person.names()) {
        Tokens t = Tokens.of(name);
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < t.size; i++) {
          if (!Vocabulary.TITLES.contains(t.folded[i])
              && t.shape[i] != Tokens.INITIAL
              && t.shape[i] != Tokens.NUMBER
              && !Vocabulary.PARTICLES.contains(t.folded[i])) {
            words.add(i);
          }
        }
        for (int w = 0; w < words.size(); w++) {
          int i = words.get(w);
          String f = t.folded[i];
          Role role;
          if (words.size() == 1) {
            role = lists.surname(f) && lists.firstName(f) == null ? Role.SURNAME : Role.FIRST;
          } else {
            boolean inLastHyphenated = true;
            for (int v = w + 1; v < words.size(); v++) {
              inLastHyphenated &= t.hyphenBefore[words.get(v)];
            }
            role = w == words.size() - 1 || inLastHyphenated && w > 0 ? Role.SURNAME : Role.FIRST;
          }
          Gender g = lists.firstName(f);
          known.putIfAbsent(f, new KnownToken(role, g == null ? Gender.U : g));
        }
      }
    }
    return Map.copyOf(known);
  }

  /**
   * The days this case's dates move by (for the reviewer's page and tests; never shown to
   * trainees).
   */
  int dateShiftDays() {
    return pseudonyms.dateShiftDays();
  }

  /** The text anonymised, with what was replaced and what the reviewer should look at. */
  public Result anonymise(String text) {
    if (text == null || text.isEmpty()) {
      return new Result(text == null ? "" : text, List.of(), List.of());
    }
    Tokens t = Tokens.of(text);
    List<Span> candidates = new ArrayList<>();
    Identifiers.emails(text, candidates);
    Identifiers.nhsNumbers(t, candidates);
    Identifiers.niNumbers(t, candidates);
    Identifiers.phones(t, candidates);
    Identifiers.postcodes(t, candidates);
    List<int[]> knownPlaces = new ArrayList<>();
    addresses.find(t, candidates, knownPlaces);
    dates.find(t, candidates);
    Ages.find(t, candidates);
    List<Span> spans = resolve(candidates);

    boolean[] blocked = new boolean[t.size];
    for (Span s : spans) {
      for (int i = firstTokenFrom(t, s.start()); i < t.size && t.start[i] < s.end(); i++) {
        blocked[i] = true;
      }
    }
    for (Mention m : finder.find(t, blocked, memory)) {
      spans.add(nameSpan(t, m));
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return build(text, t, spans, knownPlaces);
  }

  /** Keeps the spans that matter most where they overlap: higher priority, then longer. */
  private static List<Span> resolve(List<Span> candidates) {
    candidates.sort(
        Comparator.comparingInt(Span::priority)
            .reversed()
            .thenComparing(Comparator.comparingInt(Span::length).reversed())
            .thenComparingInt(Span::start));
    List<Span> kept = new ArrayList<>();
    for (Span c : candidates) {
      boolean free = true;
      for (Span k : kept) {
        if (k.overlaps(c.start(), c.end())) {
          free = false;
          break;
        }
      }
      if (free) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static int firstTokenFrom(Tokens t, int offset) {
    int lo = 0;
    int hi = t.size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (t.end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private Span nameSpan(Tokens t, Mention m) {
    StringBuilder b = new StringBuilder();
    for (int k = m.from(); k <= m.to(); k++) {
      if (k > m.from()) {
        b.append(t.text, t.after[k - 1], t.start[k]);
      }
      String word = t.text.substring(t.start[k], t.end[k]);
      String f = t.folded[k];
      String pseudonym =
          switch (m.roles()[k - m.from()]) {
            case PARTICLE -> word;
            case INITIAL -> String.valueOf(pseudonyms.initial(word.charAt(0)));
            case SURNAME -> surname(f);
            case FIRST -> pseudonyms.firstName(f, gender(f, m));
          };
      b.append(matchCase(pseudonym, t.shape[k]));
    }
    int end = t.end[m.to()];
    if (t.possessive[m.to()] && t.after[m.to()] == end + 1) {
      // "James'" becomes "Joan's", but "Thomas'" stays "Thomas'".
      String pseudonymEnd = b.substring(b.length() - 1);
      b.append(
          pseudonymEnd.equalsIgnoreCase("s")
              ? t.text.charAt(end)
              : t.text.charAt(end) + (t.shape[m.to()] == Tokens.UPPER ? "S" : "s"));
      end++;
    }
    return new Span(
        t.start[m.from()], end, m.known() ? Kind.KNOWN_NAME : Kind.NAME, b.toString(), 0);
  }

  /** The surname's pseudonym, made plural for a family: "the Smiths" become "the Harts". */
  private String surname(String folded) {
    String family =
        known.containsKey(folded) || lists.surname(folded) ? null : lists.familyOf(folded);
    if (family == null) {
      return pseudonyms.surname(folded);
    }
    String p = pseudonyms.surname(family);
    return p + (p.endsWith("s") ? "es" : "s");
  }

  /**
   * Who the first name is usually given to: from the lists, else from the title before the name
   * ("Mr", "Mrs"), else anyone.
   */
  private Gender gender(String folded, Mention m) {
    Gender listed = lists.firstName(folded);
    if (listed != null && listed != Gender.U) {
      return listed;
    }
    return m.gender() != null ? m.gender() : Gender.U;
  }

  private static String matchCase(String pseudonym, byte shape) {
    return switch (shape) {
      case Tokens.UPPER -> pseudonym.toUpperCase(Locale.ROOT);
      case Tokens.LOWER -> pseudonym.toLowerCase(Locale.ROOT);
      default -> pseudonym;
    };
  }

  private Result build(String text, Tokens t, List<Span> spans, List<int[]> knownPlaces) {
    StringBuilder out = new StringBuilder(text.length() + 64);
    List<Replacement> replacements = new ArrayList<>(spans.size());
    int last = 0;
    for (Span s : spans) {
      out.append(text, last, s.start());
      String r = s.replacement();
      if (s.kind() != Kind.NAME && s.kind() != Kind.KNOWN_NAME && s.kind() != Kind.DATE) {
        r = restyle(t, s.start(), r);
      }
      int outStart = out.length();
      out.append(r);
      replacements.add(new Replacement(s.start(), s.end(), s.kind(), r, outStart, out.length()));
      last = s.end();
    }
    out.append(text, last, text.length());

    List<Flags.Found> found = new ArrayList<>();
    flags.find(t, found);
    for (int[] p : knownPlaces) {
      found.add(new Flags.Found(p[0], p[1], "place from a known address"));
    }
    List<int[]> numbers = new ArrayList<>();
    Identifiers.longNumbers(t, numbers);
    for (int[] p : numbers) {
      found.add(new Flags.Found(p[0], p[1], "long number: check it is no identifier"));
    }
    List<Flag> flagged = new ArrayList<>();
    for (Flags.Found f : found) {
      if (covered(spans, f.start(), f.end())) {
        continue;
      }
      int s = outOffset(replacements, f.start(), true);
      int e = outOffset(replacements, f.end(), false);
      if (e > s) {
        flagged.add(new Flag(s, e, f.reason()));
      }
    }
    flagged.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::end));
    List<Flag> distinct = new ArrayList<>();
    for (Flag f : flagged) {
      boolean inside = false;
      for (Flag g : flagged) {
        inside |=
            g != f
                && g.start() <= f.start()
                && f.end() <= g.end()
                && (g.end() - g.start() > f.end() - f.start()
                    || flagged.indexOf(g) < flagged.indexOf(f));
      }
      if (!inside) {
        distinct.add(f);
      }
    }
    return new Result(out.toString(), replacements, distinct);
  }

  /** A flag wholly inside replaced text has nothing left to look at. */
  private static boolean covered(List<Span> spans, int start, int end) {
    for (Span s : spans) {
      if (s.start() <= start && end <= s.end()) {
        return true;
      }
    }
    return false;
  }

  /** Where an offset of the submitted text lands in the output. */
  private static int outOffset(List<Replacement> replacements, int offset, boolean isStart) {
    int delta = 0;
    for (Replacement r : replacements) {
      if (isStart
          ? offset < r.end() && offset >= r.start()
          : offset > r.start() && offset <= r.end()) {
        return isStart ? r.outStart() : r.outEnd();
      }
      if (r.end() <= offset) {
        delta = r.outEnd() - r.end();
      } else {
        break;
      }
    }
    return offset + delta;
  }

  /**
   * Bracketed words and age bands take the style of where they stand: capitals in a line written in
   * capitals, a capital letter at the start of a sentence.
   */
  private static String restyle(Tokens t, int at, String replacement) {
    int k = Math.min(firstTokenFrom(t, at), t.size - 1);
    if (k >= 0 && t.capsLine[k]) {
      return replacement.toUpperCase(Locale.ROOT);
    }
    String text = t.text;
    char first = text.charAt(at);
    boolean capital =
        Character.isUpperCase(first)
            || Character.isDigit(first) && Tokens.sentenceStartAt(text, at);
    if (!replacement.startsWith("[") && capital) {
      return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
    }
    return replacement;
  }
}
