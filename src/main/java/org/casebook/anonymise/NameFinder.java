package org.casebook.anonymise;

import static org.casebook.anonymise.Vocabulary.ADVERBS;
import static org.casebook.anonymise.Vocabulary.CONDITIONS;
import static org.casebook.anonymise.Vocabulary.DETERMINERS;
import static org.casebook.anonymise.Vocabulary.EPONYMS;
import static org.casebook.anonymise.Vocabulary.NEVER;
import static org.casebook.anonymise.Vocabulary.PARTICLES;
import static org.casebook.anonymise.Vocabulary.PLACE_PREPOSITIONS;
import static org.casebook.anonymise.Vocabulary.POSSESSED;
import static org.casebook.anonymise.Vocabulary.RELATIONS;
import static org.casebook.anonymise.Vocabulary.SALUTATIONS;
import static org.casebook.anonymise.Vocabulary.SENTIENT_VERBS;
import static org.casebook.anonymise.Vocabulary.STRONG_HEADS;
import static org.casebook.anonymise.Vocabulary.TEMPORAL;
import static org.casebook.anonymise.Vocabulary.TITLES;
import static org.casebook.anonymise.Vocabulary.VERBS;
import static org.casebook.anonymise.Vocabulary.WEAK_HEADS;
import static org.casebook.anonymise.Vocabulary.WEAK_VERBS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casebook.anonymise.NameLists.Gender;
import org.casebook.anonymise.NameLists.WordClass;

/**
 * Finds people's names in a text: the names Casebook knows (in any case, whole words only) and
 * names it does not know, from the shipped lists and from context. Capitalised words next to each
 * other form a run ("Grace Okafor", "Mr J. Smith"); a run is a name when it holds a name that is
 * nothing else, follows a title or a relationship ("her son Tendai"), is followed by a verb of
 * speech ("Tendai said"), a relationship in brackets or a possessive ("Grace's flat"), or was found
 * as a name earlier in the case. A run that ends in a street or organisation word ("Hope Street",
 * "Grace Church") is a place; a name that is also an ordinary word (Will, May, Hope, Brown) needs
 * more than a capital letter at the start of a sentence.
 */
final class NameFinder {

  /** The part a word plays in a name, which decides the list its pseudonym comes from. */
  enum Role {
    FIRST,
    SURNAME,
    INITIAL,
    PARTICLE
  }

  /** A word of a name Casebook knows, the part it plays, and who it is usually given to. */
  record KnownToken(Role role, Gender gender) {}

  /** A name found: words {@code from} to {@code to} (inclusive) and the part each plays. */
  record Mention(int from, int to, boolean known, Role[] roles, Gender gender) {}

  private static final byte NONE = 0;
  private static final byte KNOWN_PLAIN = 1;
  private static final byte KNOWN_WORD = 2;
  private static final byte LIST_PLAIN = 3;
  private static final byte LIST_WORD = 4;
  private static final byte UNKNOWN = 5;
  private static final byte INITIAL = 6;
  private static final byte PARTICLE = 7;

  private static final byte UNDECIDED = 0;
  private static final byte NAME = 1;
  private static final byte NOT_NAME = 2;

  private static final Set<WordClass> WORD_ONLY = EnumSet.of(WordClass.WORD);

  private static final java.util.regex.Pattern GAELIC_SURNAME =
      java.util.regex.Pattern.compile("(?:Mc|Mac|O['\u2019])\\p{Lu}\\p{L}+");

  private static final Set<String> GAELIC_PARTICLES = Set.of("o", "ni", "nic", "ui", "ua", "mhic");

  private final NameLists lists;
  private final Map<String, KnownToken> known;

  NameFinder(NameLists lists, Map<String, KnownToken> known) {
    this.lists = lists;
    this.known = known;
  }

  /** The work on one text: its words, their categories, the runs and what was decided. */
  private final class Pass {
    final Tokens t;
    final byte[] cat;
    final int[] runStart;
    final int[] runEnd;
    final byte[] decision;
    final int[] runOf;
    int runs;
    final Set<String> memory;

    Pass(Tokens t, boolean[] blocked, Set<String> memory) {
      this.t = t;
      this.memory = memory;
      int n = t.size;
      cat = new byte[n];
      for (int i = 0; i < n; i++) {
        cat[i] = blocked[i] ? NONE : category(i);
      }
      runStart = new int[n];
      runEnd = new int[n];
      decision = new byte[n];
      runOf = new int[n];
      Arrays.fill(runOf, -1);
      buildRuns();
    }

    private byte category(int i) {
      String f = t.folded[i];
      byte shape = t.shape[i];
      if (shape == Tokens.NUMBER) {
        return NONE;
      }
      KnownToken k = known.get(f);
      if (k != null) {
        boolean wordLike =
            lists.ordinary(f) != null
                || lists.englishWord(f)
                || NEVER.contains(f)
                || TITLES.contains(f);
        if (!wordLike) {
          return KNOWN_PLAIN;
        }
        return t.capitalised(i) ? KNOWN_WORD : NONE;
      }
      if (GAELIC_PARTICLES.contains(f)
          && shape != Tokens.LOWER
          && t.text.codePointAt(t.start[i]) != 'O'
          && i + 1 < t.size
          && t.capitalised(i + 1)) {
        // "Ó Briain", "Ní Bhriain", "Mac Giolla": part of the surname, not an initial.
        return PARTICLE;
      }
      if (shape == Tokens.INITIAL) {
        char c = t.text.charAt(t.start[i]);
        boolean dotted = t.end[i] < t.text.length() && t.text.charAt(t.end[i]) == '.';
        return Character.isLetter(c) && c != 'I' && (c != 'A' || dotted) ? INITIAL : NONE;
      }
      if (shape == Tokens.LOWER) {
        return PARTICLES.contains(f) ? PARTICLE : NONE;
      }
      if (shape == Tokens.MIXED || NEVER.contains(f) || TITLES.contains(f)) {
        return NONE;
      }
      boolean listed = lists.firstName(f) != null || lists.surname(f);
      if (listed) {
        return lists.ordinary(f) == null ? LIST_PLAIN : LIST_WORD;
      }
      if (i > 0 && t.folded[i - 1].equals("the") && lists.familyOf(f) != null) {
        return LIST_PLAIN;
      }
      String word = t.text.substring(t.start[i], t.end[i]);
      if (GAELIC_SURNAME.matcher(word).matches()) {
        return LIST_PLAIN;
      }
      if (f.length() >= 2
          && !lists.englishWord(f)
          && (shape == Tokens.TITLE || t.capsLine[i])
          && letters(word)) {
        return UNKNOWN;
      }
      return NONE;
    }

    private boolean letters(String word) {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetter(c)
            && !Tokens.apostrophe(c)
            && Character.getType(c) != Character.NON_SPACING_MARK) {
          return false;
        }
      }
      return true;
    }

    private boolean nameWord(int i) {
      byte c = cat[i];
      return c != NONE && c != PARTICLE;
    }

    private boolean joinable(int j, int k, int runLength) {
      if (t.possessive[j]) {
        return false;
      }
      if (t.hyphenBefore[k]) {
        return true;
      }
      String gap = t.gap(k);
      if (t.shape[j] == Tokens.INITIAL
          && gap.startsWith(".")
          && gap.length() <= 3
          && gap.indexOf('\n') < 0) {
        return gap.substring(1).isBlank();
      }
      if (!t.spaceBefore(k)) {
        return false;
      }
      // "Grace\nOkafor" wrapped at a line end joins; "Grace Okafor\nTendai Moyo" is two names.
      return gap.indexOf('\n') < 0 || runLength == 1;
    }

    private void buildRuns() {
      int n = t.size;
      int i = 0;
      while (i < n) {
        boolean leadingParticle =
            cat[i] == PARTICLE && i + 1 < n && joinable(i, i + 1, 1) && nameWord(i + 1);
        if (!nameWord(i) && !leadingParticle) {
          i++;
          continue;
        }
        int j = i;
        while (true) {
          int k = j + 1;
          if (k >= n || !joinable(j, k, j - i + 1)) {
            break;
          }
          if (nameWord(k)) {
            j = k;
            continue;
          }
          if (cat[k] == PARTICLE && k + 1 < n && joinable(k, k + 1, 2) && nameWord(k + 1)) {
            j = k + 1;
            continue;
          }
          break;
        }
        int last = j;
        while (last >= i && cat[last] == INITIAL) {
          last--;
        }
        boolean onlyInitials = true;
        for (int k = i; k <= j; k++) {
          onlyInitials &= cat[k] == INITIAL || cat[k] == PARTICLE;
        }
        if (!onlyInitials) {
          runStart[runs] = i;
          runEnd[runs] = j;
          for (int k = i; k <= j; k++) {
            runOf[k] = runs;
          }
          runs++;
        }
        i = j + 1;
      }
    }

    // ---- context -------------------------------------------------------------------------

    /** The gap before word k holds only spaces, line breaks and the given punctuation. */
    private boolean gapOnly(int k, String punctuation) {
      if (k <= 0) {
        return false;
      }
      int from = t.after[k - 1];
      int to = t.start[k];
      int newlines = 0;
      for (int i = from; i < to; i++) {
        char c = t.text.charAt(i);
        if (c == '\n') {
          newlines++;
        } else if (!Character.isWhitespace(c) && c != '\u00a0' && punctuation.indexOf(c) < 0) {
          return false;
        }
      }
      return newlines < 2;
    }

    private boolean title(int a) {
      return a > 0 && TITLES.contains(t.folded[a - 1]) && gapOnly(a, ".") && !t.possessive[a - 1];
    }

    private Gender titleGender(int a) {
      if (a == 0) {
        return null;
      }
      return switch (t.folded[a - 1]) {
        case "mr", "sir", "master" -> Gender.M;
        case "mrs", "ms", "miss", "dame" -> Gender.F;
        default -> null;
      };
    }

    private boolean relationBefore(int a) {
      if (a == 0 || t.possessive[a - 1] || !gapOnly(a, ",:")) {
        return false;
      }
      String p = t.folded[a - 1];
      if (RELATIONS.contains(p) && t.shape[a - 1] != Tokens.NUMBER) {
        return true;
      }
      if (p.equals("law") && a > 2 && t.hyphenBefore[a - 1]) {
        return true;
      }
      return p.equals("as") && a > 1 && t.folded[a - 2].equals("known");
    }

    private boolean salutation(int a) {
      return a > 0 && SALUTATIONS.contains(t.folded[a - 1]) && gapOnly(a, ",");
    }

    private int verbAfter(int b) {
      int n = t.size;
      if (t.possessive[b] || b + 1 >= n || !t.lower(b + 1) || !gapOnly(b + 1, "")) {
        return 0;
      }
      int v = b + 1;
      if (ADVERBS.contains(t.folded[v]) && v + 1 < n && t.lower(v + 1) && gapOnly(v + 1, "")) {
        v++;
      }
      String w = t.folded[v];
      if (!VERBS.contains(w)) {
        return 0;
      }
      if (w.equals("and")) {
        // "Will and Grace" but not "Frank and honest".
        return v + 1 < n && t.capitalised(v + 1) && t.spaceBefore(v + 1) ? 1 : 0;
      }
      if (WEAK_VERBS.contains(w)) {
        // "Grace is her daughter" says more than "Grace is".
        if ((w.equals("is") || w.equals("was")) && relationAt(v + 1)) {
          return 3;
        }
        return 1;
      }
      return SENTIENT_VERBS.contains(w) ? 3 : 2;
    }

    private boolean relationAt(int k) {
      int n = t.size;
      if (k < n && DETERMINERS.contains(t.folded[k])) {
        k++;
      }
      return k < n && RELATIONS.contains(t.folded[k]) && t.lower(k);
    }

    /** "Grace (daughter)", "Grace, her daughter,", "Grace - neighbour". */
    private boolean relationAfter(int b) {
      int n = t.size;
      if (b + 1 >= n || t.possessive[b]) {
        return false;
      }
      String gap = t.gap(b + 1);
      if (gap.indexOf('(') < 0
          && gap.indexOf(',') < 0
          && gap.indexOf('-') < 0
          && gap.indexOf('\u2013') < 0) {
        return false;
      }
      if (!gapOnly(b + 1, ",(-\u2013")) {
        return false;
      }
      int k = b + 1;
      if (DETERMINERS.contains(t.folded[k]) || t.possessive[k]) {
        k++;
      }
      return k < n && RELATIONS.contains(t.folded[k]) && (k == b + 1 || t.spaceBefore(k));
    }

    private boolean possessiveStrong(int b) {
      return t.possessive[b]
          && b + 1 < t.size
          && t.spaceBefore(b + 1)
          && (RELATIONS.contains(t.folded[b + 1]) || POSSESSED.contains(t.folded[b + 1]));
    }

    private boolean before(int a, Set<String> words) {
      return a > 0 && words.contains(t.folded[a - 1]) && gapOnly(a, "") && !t.possessive[a - 1];
    }

    private boolean numberNear(int a, int b) {
      return b + 1 < t.size && t.shape[b + 1] == Tokens.NUMBER && t.spaceBefore(b + 1)
          || a > 0 && t.shape[a - 1] == Tokens.NUMBER && t.spaceBefore(a);
    }

    private boolean head(String f) {
      return STRONG_HEADS.contains(f) || WEAK_HEADS.contains(f);
    }

    /** A capitalised street or organisation word right after: "Grace Centre", "Hope Street". */
    private boolean headAfter(int b) {
      int k = b + 1;
      return k < t.size
          && !t.possessive[b]
          && t.capitalised(k)
          && gapOnly(k, "")
          && t.gap(k).indexOf('\n') < 0
          && head(t.folded[k]);
    }

    /** A capitalised ordinary word right before or after: "Amazing Grace", "Joy Division". */
    private boolean capitalisedWordBeside(int a, int b) {
      int k = b + 1;
      if (k < t.size
          && !t.possessive[b]
          && t.shape[k] == Tokens.TITLE
          && cat[k] == NONE
          && !t.sentenceStart[k]
          && !t.lineStart[k]
          && gapOnly(k, "")
          && lists.englishWord(t.folded[k])
          && !NEVER.contains(t.folded[k])) {
        return true;
      }
      int p = a - 1;
      return p >= 0
          && t.shape[p] == Tokens.TITLE
          && cat[p] == NONE
          && !t.sentenceStart[p]
          && !t.lineStart[p]
          && !t.possessive[p]
          && gapOnly(a, "")
          && t.gap(a).indexOf('\n') < 0
          && lists.englishWord(t.folded[p])
          && !NEVER.contains(t.folded[p])
          && !TITLES.contains(t.folded[p])
          && !RELATIONS.contains(t.folded[p]);
    }

    /** After the word: the end, punctuation, a verb, "and", or a possessive. */
    private boolean followedLikeAName(int b) {
      int k = b + 1;
      if (t.possessive[b] || k >= t.size) {
        return true;
      }
      String gap = t.gap(k);
      for (int i = 0; i < gap.length(); i++) {
        if (",.;:!?()\n\u2013\u2014\"".indexOf(gap.charAt(i)) >= 0) {
          return true;
        }
      }
      String w = t.folded[k];
      if (w.equals("and")) {
        return k + 1 < t.size && t.capitalised(k + 1);
      }
      // A verb in the past ("Ivy celebrated") has a person before it more often than not.
      return !t.lower(k)
          || VERBS.contains(w)
          || ADVERBS.contains(w)
          || w.length() > 4 && w.endsWith("ed");
    }

    private Set<WordClass> classes(int i) {
      Set<WordClass> c = lists.ordinary(t.folded[i]);
      return c == null ? WORD_ONLY : c;
    }

    private boolean firstNameWord(int i) {
      KnownToken k = known.get(t.folded[i]);
      if (k != null) {
        return k.role() == Role.FIRST;
      }
      return lists.firstName(t.folded[i]) != null;
    }

    private boolean inMemory(int a, int b) {
      boolean any = false;
      for (int k = a; k <= b; k++) {
        if (cat[k] == INITIAL || cat[k] == PARTICLE) {
          continue;
        }
        if (!memory.contains(t.folded[k])) {
          return false;
        }
        any = true;
      }
      return any;
    }

    /** "Will and Grace": a run joined by "and" to a run already found to be a name. */
    private boolean coordinated(int a, int b) {
      if (a >= 2 && t.folded[a - 1].equals("and") && t.spaceBefore(a)) {
        int r = runOf[a - 2];
        if (r >= 0 && decision[r] == NAME && runEnd[r] == a - 2) {
          return true;
        }
      }
      if (b + 2 < t.size && t.folded[b + 1].equals("and") && t.spaceBefore(b + 1)) {
        int r = runOf[b + 2];
        return r >= 0 && decision[r] == NAME && runStart[r] == b + 2;
      }
      return false;
    }

    // ---- decision ------------------------------------------------------------------------

    byte decide(int r, boolean second) {
      int a = runStart[r];
      int b = runEnd[r];
      int words = 0;
      boolean knownPlain = false;
      boolean knownAny = false;
      boolean listPlain = false;
      boolean listAny = false;
      boolean unknown = false;
      int firstWord = -1;
      int lastWord = -1;
      for (int k = a; k <= b; k++) {
        byte c = cat[k];
        if (c == INITIAL || c == PARTICLE) {
          continue;
        }
        words++;
        if (firstWord < 0) {
          firstWord = k;
        }
        lastWord = k;
        knownPlain |= c == KNOWN_PLAIN;
        knownAny |= c == KNOWN_PLAIN || c == KNOWN_WORD;
        listPlain |= c == LIST_PLAIN;
        listAny |= c == LIST_PLAIN || c == LIST_WORD;
        unknown |= c == UNKNOWN;
      }
      if (words == 0) {
        return NOT_NAME;
      }
      if (knownPlain || title(a)) {
        return NAME;
      }
      if (a > 0
          && (t.folded[a - 1].equals("st") || t.folded[a - 1].equals("saint"))
          && t.capitalised(a - 1)
          && gapOnly(a, ".")) {
        return NOT_NAME;
      }
      if (words == 1 && EPONYMS.contains(t.folded[b])) {
        boolean condition = b + 1 < t.size && CONDITIONS.contains(t.folded[b + 1]);
        // "Parkinson's" alone is the condition; "Bell's" needs its "palsy".
        boolean alone = t.possessive[b] && !Vocabulary.SURNAMES_TOO.contains(t.folded[b]);
        if (condition || alone) {
          return NOT_NAME;
        }
      }
      int verb = verbAfter(b);
      boolean strong =
          relationBefore(a)
              || salutation(a)
              || relationAfter(b)
              || verb >= 2
              || possessiveStrong(b)
              || second && coordinated(a, b);
      // Places and organisations.
      String last = t.folded[lastWord];
      boolean plainFirst =
          firstNameWord(firstWord) && cat[firstWord] == LIST_PLAIN || cat[firstWord] == KNOWN_PLAIN;
      if (words >= 2 && STRONG_HEADS.contains(last)) {
        return NOT_NAME;
      }
      if (words >= 2 && WEAK_HEADS.contains(last) && !plainFirst && !knownAny) {
        return strong && verb >= 2 ? NAME : NOT_NAME;
      }
      if (headAfter(b) && (words == 1 || !(listPlain || knownAny))) {
        return NOT_NAME;
      }
      if (capitalisedWordBeside(a, b) && !(words >= 2 && (listPlain || knownAny)) && !strong) {
        return NOT_NAME;
      }
      if (words >= 2) {
        if (listPlain || knownAny || unknown && listAny) {
          return NAME;
        }
        if (firstNameWord(firstWord)
            && lists.surname(last)
            && t.shape[firstWord] == Tokens.TITLE
            && t.telling(firstWord)
            && !before(a, DETERMINERS)) {
          return NAME;
        }
        if (strong || verb == 1 || second && inMemory(a, b)) {
          return NAME;
        }
        return UNDECIDED;
      }
      int x = firstWord;
      byte c = cat[x];
      if (c == LIST_PLAIN) {
        return NAME;
      }
      if (c == UNKNOWN) {
        // "Reablement visits" opens a sentence with a service, "Tendai said" with a person.
        boolean sure =
            strong
                && (verb == 0
                    || verb == 3
                    || !t.sentenceStart[a] && !t.lineStart[a]
                    || relationBefore(a)
                    || salutation(a)
                    || relationAfter(b)
                    || possessiveStrong(b));
        return sure || second && inMemory(a, b) ? NAME : UNDECIDED;
      }
      // An ordinary word that is also a name (known or not).
      boolean isKnown = c == KNOWN_WORD;
      Set<WordClass> cls = classes(x);
      if (cls.contains(WordClass.MONTH)
          && (numberNear(a, b) || before(a, TEMPORAL) && !(strong && verb >= 2))) {
        return NOT_NAME;
      }
      if (before(a, DETERMINERS)) {
        return NOT_NAME;
      }
      if (cls.contains(WordClass.PLACE) && before(a, PLACE_PREPOSITIONS)) {
        return NOT_NAME;
      }
      if (strong) {
        return NAME;
      }
      boolean remembered = isKnown || second && inMemory(a, b);
      boolean telling = t.telling(x) && t.shape[x] == Tokens.TITLE;
      if (cls.contains(WordClass.PLACE) || cls.contains(WordClass.MONTH)) {
        return remembered && (telling || followedLikeAName(b) && verb > 0) ? NAME : UNDECIDED;
      }
      if (telling) {
        return firstNameWord(x) || remembered ? NAME : UNDECIDED;
      }
      boolean loose = cls.contains(WordClass.VERBAL) || cls.contains(WordClass.ABSTRACT);
      if (verb == 1 && !loose && firstNameWord(x)) {
        return NAME;
      }
      if (t.possessive[x] && firstNameWord(x) && !loose) {
        return NAME;
      }
      if (remembered && followedLikeAName(b)) {
        return NAME;
      }
      return UNDECIDED;
    }
  }

  /**
   * The names in a text. {@code blocked} marks words already inside another replacement; {@code
   * memory} holds the folded words found as names earlier in the case, and gains this text's.
   */
  List<Mention> find(Tokens t, boolean[] blocked, Set<String> memory) {
    Pass p = new Pass(t, blocked, memory);
    for (int r = 0; r < p.runs; r++) {
      p.decision[r] = p.decide(r, false);
    }
    for (int r = 0; r < p.runs; r++) {
      if (p.decision[r] == NAME) {
        learn(p, r, memory);
      }
    }
    // What this text taught may settle runs left undecided ("Tendai" after "her son Tendai").
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < p.runs; r++) {
        if (p.decision[r] == UNDECIDED && p.decide(r, true) == NAME) {
          p.decision[r] = NAME;
          learn(p, r, memory);
          changed = true;
        }
      }
    }
    List<Mention> mentions = new ArrayList<>();
    for (int r = 0; r < p.runs; r++) {
      if (p.decision[r] == NAME) {
        mentions.add(mention(p, p.runStart[r], p.runEnd[r]));
      } else {
        // A known name that is nothing else is replaced wherever it stands, even in a place.
        for (int k = p.runStart[r]; k <= p.runEnd[r]; k++) {
          if (p.cat[k] == KNOWN_PLAIN) {
            mentions.add(mention(p, k, k));
          }
        }
      }
    }
    return mentions;
  }

  private static void learn(Pass p, int r, Set<String> memory) {
    for (int k = p.runStart[r]; k <= p.runEnd[r]; k++) {
      if (p.cat[k] != INITIAL && p.cat[k] != PARTICLE) {
        memory.add(p.t.folded[k]);
      }
    }
  }

  private Mention mention(Pass p, int a, int b) {
    Tokens t = p.t;
    Role[] roles = new Role[b - a + 1];
    int lastWord = -1;
    int words = 0;
    boolean anyKnown = false;
    for (int k = a; k <= b; k++) {
      if (p.cat[k] != INITIAL && p.cat[k] != PARTICLE) {
        lastWord = k;
        words++;
      }
    }
    boolean title = p.title(a);
    for (int k = a; k <= b; k++) {
      byte c = p.cat[k];
      Role role;
      KnownToken kt = known.get(t.folded[k]);
      if (c == INITIAL) {
        role = Role.INITIAL;
      } else if (c == PARTICLE) {
        role = Role.PARTICLE;
      } else if (kt != null) {
        role = kt.role();
        anyKnown = true;
      } else if (words == 1) {
        boolean first = lists.firstName(t.folded[k]) != null;
        boolean sur = lists.surname(t.folded[k]) || lists.familyOf(t.folded[k]) != null;
        role = title || sur && !first ? Role.SURNAME : Role.FIRST;
      } else if (k == lastWord || k > a && t.hyphenBefore[k] && roles[k - 1 - a] == Role.SURNAME) {
        role = Role.SURNAME;
      } else {
        role = Role.FIRST;
      }
      roles[k - a] = role;
    }
    // "Smith-Jones": every part of a hyphenated surname is a surname.
    for (int k = b; k > a; k--) {
      if (t.hyphenBefore[k]
          && roles[k - a] == Role.SURNAME
          && known.get(t.folded[k - 1]) == null
          && roles[k - 1 - a] == Role.FIRST
          && k - 1 > a) {
        roles[k - 1 - a] = Role.SURNAME;
      }
    }
    return new Mention(a, b, anyKnown, roles, p.titleGender(a));
  }
}
