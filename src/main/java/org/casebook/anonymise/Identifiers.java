package org.casebook.anonymise;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.person.NhsNumber;

/**
 * Detectors for identifiers written to a known pattern: NHS numbers (with their check digit),
 * National Insurance numbers (with HMRC's prefix rules), UK postcodes, UK phone numbers and email
 * addresses. Each adds what it finds to a list of spans; none looks at names.
 */
final class Identifiers {

  static final int EMAIL_PRIORITY = 100;
  static final int NUMBER_PRIORITY = 90;
  static final int PHONE_PRIORITY = 80;
  static final int POSTCODE_PRIORITY = 80;

  private static final String NOT_BEFORE = "(?<![\\p{L}\\p{N}])";
  private static final String NOT_AFTER = "(?![\\p{L}\\p{N}])";

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+\\-]*@[\\p{L}\\p{N}]"
              + "(?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?(?:\\.[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*"
              + "[\\p{L}\\p{N}])?)*\\.\\p{L}{2,}"
              + NOT_AFTER);

  private static final Pattern NHS =
      Pattern.compile(NOT_BEFORE + "(\\d{3})([ \\-\u00a0]?)(\\d{3})\\2(\\d{4})" + NOT_AFTER);

  private static final Pattern NI =
      Pattern.compile(
          NOT_BEFORE
              + "([A-Za-z]{2})[ \\-\u00a0]?(\\d{2})[ \\-\u00a0]?(\\d{2})[ \\-\u00a0]?(\\d{2})"
              + "(?:[ \\-\u00a0]?([A-Da-d]))?"
              + NOT_AFTER);

  private static final Pattern NI_CUE =
      Pattern.compile("(?i)(?:\\bN\\.?I\\.?|national\\s+insurance|\\bNINO)\\b[^\\n]{0,30}$");

  private static final Pattern POSTCODE =
      Pattern.compile(
          NOT_BEFORE + "([A-Za-z]{1,2}\\d[A-Za-z\\d]?|GIR)[ \u00a0]?(\\d[A-Za-z]{2})" + NOT_AFTER);

  private static final Pattern PHONE_START =
      Pattern.compile("(?<![\\p{L}\\p{N}+])(?:\\+[ \u00a0]?44|0044|\\(0|0)");

  private static final Pattern LONG_NUMBER =
      Pattern.compile(NOT_BEFORE + "\\d(?:[ \\-]?\\d){7,}" + NOT_AFTER);

  private Identifiers() {}

  static void emails(String text, List<Span> out) {
    Matcher m = EMAIL.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int next = 0;
    for (int at = text.indexOf('@'); at > 0; at = text.indexOf('@', at + 1)) {
      // Back from the @ to where the address can begin, then match from there.
      int s = at;
      while (s > next && localPart(text.charAt(s - 1))) {
        s--;
      }
      while (s < at) {
        m.region(s, text.length());
        if (m.lookingAt()) {
          out.add(new Span(m.start(), m.end(), Kind.EMAIL, "[email address]", EMAIL_PRIORITY));
          next = m.end();
          at = Math.max(at, m.end() - 1);
          break;
        }
        s++;
      }
    }
  }

  private static boolean localPart(char c) {
    return Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0;
  }

  static void nhsNumbers(Tokens t, List<Span> out) {
    Scan.starts(
        NHS,
        t,
        k -> Scan.digit(t, k),
        m -> {
          if (NhsNumber.isValid(m.group(1) + m.group(3) + m.group(4))) {
            out.add(new Span(m.start(), m.end(), Kind.NHS_NUMBER, "[NHS number]", NUMBER_PRIORITY));
          }
        });
  }

  static void niNumbers(Tokens t, List<Span> out) {
    String text = t.text;
    Scan.starts(NI, t, k -> twoLetters(t, k), m -> ni(text, m, out));
  }

  /** The start of a word that begins with two letters and then ends or goes on in digits. */
  private static int twoLetters(Tokens t, int k) {
    int s = t.start[k];
    int length = t.end[k] - s;
    return length >= 2
            && Character.isLetter(t.text.charAt(s))
            && Character.isLetter(t.text.charAt(s + 1))
            && (length == 2 || Character.isDigit(t.text.charAt(s + 2)))
        ? s
        : -1;
  }

  private static void ni(String text, Matcher m, List<Span> out) {
    String prefix = m.group(1);
    boolean capitals = prefix.equals(prefix.toUpperCase(Locale.ROOT));
    if (!niPrefixValid(prefix.toUpperCase(Locale.ROOT))) {
      return;
    }
    // "at 12 34 56" is more likely words than a number: lower case needs a cue before it.
    if (!capitals) {
      int from = Math.max(0, m.start() - 40);
      if (!NI_CUE.matcher(text.substring(from, m.start())).find()) {
        return;
      }
    }
    out.add(new Span(m.start(), m.end(), Kind.NI_NUMBER, "[NI number]", NUMBER_PRIORITY));
  }

  /**
   * HMRC's rules for the two-letter prefix: neither letter D, F, I, Q, U or V; the second not O;
   * and not BG, GB, KN, NK, NT, TN or ZZ. QQ, which breaks the rules, is HMRC's own specimen prefix
   * and is treated as a number all the same: one written in a record is still to go.
   */
  static boolean niPrefixValid(String prefix) {
    if (prefix.length() != 2) {
      return false;
    }
    if (prefix.equals("QQ")) {
      return true;
    }
    char a = prefix.charAt(0);
    char b = prefix.charAt(1);
    if ("DFIQUV".indexOf(a) >= 0 || "DFIOQUV".indexOf(b) >= 0) {
      return false;
    }
    return !List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(prefix);
  }

  static void postcodes(Tokens t, List<Span> out) {
    Scan.starts(
        POSTCODE,
        t,
        k -> outward(t, k),
        m -> {
          if (postcodeValid(m.group(1), m.group(2))) {
            out.add(new Span(m.start(), m.end(), Kind.POSTCODE, "[postcode]", POSTCODE_PRIORITY));
          }
        });
  }

  /** The start of a word that can open a postcode: a letter, then a digit second or third. */
  private static int outward(Tokens t, int k) {
    int s = t.start[k];
    int length = t.end[k] - s;
    String text = t.text;
    if (length < 2 || !Character.isLetter(text.charAt(s))) {
      return -1;
    }
    boolean digit =
        Character.isDigit(text.charAt(s + 1))
            || length > 2 && Character.isDigit(text.charAt(s + 2))
            || t.folded[k].equals("gir");
    return digit ? s : -1;
  }

  /**
   * The Royal Mail formats: outward code A9, A99, A9A, AA9, AA99 or AA9A (the first letter never Q,
   * V or X, the second never I, J or Z; a final letter from a smaller set), inward code 9AA with
   * letters never C, I, K, M, O or V. An ordinal ("the M6 2nd junction") is not a postcode.
   */
  static boolean postcodeValid(String outward, String inward) {
    String in = inward.toUpperCase(Locale.ROOT);
    String out = outward.toUpperCase(Locale.ROOT);
    if (out.equals("GIR")) {
      return in.equals("0AA");
    }
    String suffix = inward.substring(1);
    if (suffix.equals(Dates.ordinal(inward.charAt(0) - '0'))) {
      return false;
    }
    String inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";
    if (inwardLetters.indexOf(in.charAt(1)) < 0 || inwardLetters.indexOf(in.charAt(2)) < 0) {
      return false;
    }
    char first = out.charAt(0);
    if (!isAsciiLetter(first) || "QVX".indexOf(first) >= 0) {
      return false;
    }
    boolean twoLetters = isAsciiLetter(out.charAt(1));
    if (twoLetters && "IJZ".indexOf(out.charAt(1)) >= 0) {
      return false;
    }
    char last = out.charAt(out.length() - 1);
    if (isAsciiLetter(last) && out.length() > 2) {
      // A9A (third letter) or AA9A (fourth letter).
      String allowed = twoLetters ? "ABEHMNPRVWXY" : "ABCDEFGHJKPSTUW";
      if (twoLetters && out.length() != 4 || !twoLetters && out.length() != 3) {
        return false;
      }
      return allowed.indexOf(last) >= 0;
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * UK phone numbers: national (0 then 9 or 10 digits, the second digit 1, 2, 3, 5, 7, 8 or 9) or
   * international (+44 or 0044, with or without "(0)"), digits grouped with single spaces, hyphens
   * or dots, the area code perhaps in brackets.
   */
  static void phones(Tokens t, List<Span> out) {
    String text = t.text;
    Matcher m = PHONE_START.matcher(text);
    m.useTransparentBounds(true);
    m.useAnchoringBounds(false);
    int next = 0;
    for (int k = 0; k < t.size; k++) {
      int s = phoneStart(t, k);
      if (s < next) {
        continue;
      }
      m.region(s, text.length());
      if (m.lookingAt()) {
        int end = phoneEnd(text, m.start(), m.end());
        if (end > 0) {
          out.add(new Span(m.start(), end, Kind.PHONE, "[phone number]", PHONE_PRIORITY));
          next = end;
        }
      }
    }
  }

  /** Where a phone number can begin for this word: "+44", "0044", "(0" or "0". */
  private static int phoneStart(Tokens t, int k) {
    int s = t.start[k];
    String text = t.text;
    char c = text.charAt(s);
    if (c == '4' && s > 0 && text.charAt(s - 1) == '+') {
      return s - 1;
    }
    if (c == '4' && s > 1 && text.charAt(s - 2) == '+' && text.charAt(s - 1) == ' ') {
      return s - 2;
    }
    if (c != '0') {
      return -1;
    }
    return s > 0 && text.charAt(s - 1) == '(' ? s - 1 : s;
  }

  /** Where the phone number that starts here ends, or -1 when it is not one. */
  private static int phoneEnd(String text, int start, int prefixEnd) {
    String prefix = text.substring(start, prefixEnd);
    boolean international = prefix.startsWith("+") || prefix.startsWith("0044");
    boolean bracket = prefix.startsWith("(");
    StringBuilder digits = new StringBuilder(international ? "0" : "0");
    int i = prefixEnd;
    int len = text.length();
    if (international) {
      i = skipSpace(text, i);
      if (text.startsWith("(0)", i)) {
        i = skipSpace(text, i + 3);
      }
      if (i >= len || !Character.isDigit(text.charAt(i)) || text.charAt(i) == '0') {
        return -1;
      }
    }
    int best = -1;
    boolean first = !international;
    while (i < len) {
      int groupStart = i;
      while (i < len && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        digits.append(text.charAt(i));
        i++;
      }
      if (first) {
        first = false;
      } else if (i == groupStart) {
        break;
      }
      if (digits.length() > 11) {
        break;
      }
      if (nationalValid(digits) && (i >= len || !Tokens.wordChar(text.codePointAt(i)))) {
        best = i;
      }
      // One separator between groups: a space, hyphen or dot, or the closing bracket of the area.
      if (i < len && bracket && text.charAt(i) == ')') {
        bracket = false;
        i = skipSpace(text, i + 1);
        continue;
      }
      if (i + 1 < len
          && (text.charAt(i) == ' '
              || text.charAt(i) == '-'
              || text.charAt(i) == '.'
              || text.charAt(i) == '\u00a0')
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
        continue;
      }
      break;
    }
    return best;
  }

  private static int skipSpace(String text, int i) {
    return i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00a0') ? i + 1 : i;
  }

  private static boolean nationalValid(CharSequence digits) {
    int n = digits.length();
    return (n == 10 || n == 11) && "1235789".indexOf(digits.charAt(1)) >= 0;
  }

  /** Runs of eight or more digits left in the text, for the reviewer to look at. */
  static void longNumbers(Tokens t, List<int[]> out) {
    Scan.starts(
        LONG_NUMBER, t, k -> Scan.digit(t, k), m -> out.add(new int[] {m.start(), m.end()}));
  }
}
