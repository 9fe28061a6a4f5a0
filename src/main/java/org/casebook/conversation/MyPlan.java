package org.casebook.conversation;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebook.platform.Texts;
import org.casebook.platform.UkDates;

/**
 * The person's "My plan": a plain-language PDF, written to them, from a finalised good-life
 * conversation. It says what matters to them, what a good life looks like, their strengths, the
 * people in their life, their goals and who does what, and ends by saying who to tell if anything
 * is wrong. Pure logic: no Faces, no CDI; the page gathers a {@link Plan} and sends the bytes.
 *
 * <p><b>Wording</b> lives in its own UK English bundle, {@code i18n/plan.properties}, which this
 * class reads itself: the plan speaks to the person, not to the worker, so it does not borrow the
 * screens' text. Headings are in the first person ("What matters to me"); explanations say "you".
 * Text with a placeholder is a {@link MessageFormat} pattern, as in {@code messages.properties}.
 *
 * <p><b>What it looks like</b>: A4, Liberation Sans (from the {@code openpdf-fonts-extra} jar on
 * the classpath, embedded and subset, so nothing is fetched at run time) at 14 pt, near-black on
 * white. Nothing relies on colour: the person's own words are introduced by the words "In my own
 * words" and set off by a rule as well as by indent. Paragraphs and line breaks in the notes are
 * kept. Sections with nothing in them are left out; a plan with nothing at all says so. Liberation
 * Sans has Latin, Greek and Cyrillic letters; a character it lacks (Chinese, Arabic or Bengali
 * script, emoji) prints as "#".
 *
 * <p><b>Accessibility</b>: tagged PDF/UA-1 (openhtmltopdf's PDF/UA mode): a structure tree with H1,
 * H2, H3, P, BlockQuote, L/LI and Table/TR/TH/TD; language en-GB; the title in the document
 * information and XMP metadata, shown by viewers in place of the file name; every font embedded;
 * the PDF/UA identifier in the XMP metadata. Page numbers are marked as artifacts.
 *
 * <p><b>Safety</b>: every piece of text is escaped before it becomes markup, so a name like {@code
 * <script>} is printed as written; characters that XML cannot carry are dropped; the renderer is
 * not allowed to load anything from outside.
 */
public final class MyPlan {

  /** The bundle that holds the plan's words. */
  public static final String BUNDLE = "i18n.plan";

  private static final Locale LOCALE = Locale.UK;
  private static final String LANGUAGE = "en-GB";
  private static final String FONT = "Liberation Sans";
  private static final String FONT_DIR = "/liberation/";

  /**
   * What the plan is made from.
   *
   * @param addressAs the name to speak to the person by: their preferred name, or their full name
   *     when they have none
   * @param fullName their full name, as the record holds it
   * @param heldOn the date of the conversation; when null, the date in the notes is used
   * @param workerName the display name of the worker who wrote it with them; may be null
   * @param teamName the worker's team; may be null
   * @param notes the notes of the finalised conversation
   */
  public record Plan(
      String addressAs,
      String fullName,
      LocalDate heldOn,
      String workerName,
      String teamName,
      ConversationNotes notes) {

    public Plan {
      if (notes == null) {
        throw new IllegalArgumentException("A plan is made from a conversation's notes");
      }
    }
  }

  static {
    // openhtmltopdf logs every render at INFO on its own console handler; pass on only warnings,
    // through java.util.logging as configured by the server.
    XRLog.setLoggerImpl(new WarningsOnly());
  }

  private MyPlan() {}

  /** The plan as a tagged PDF/UA-1 document, A4. */
  public static byte[] pdf(Plan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.withProducer("Casebook");
    // Nothing from outside: no images, style sheets or fonts by address.
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    font(builder, "LiberationSans-Regular.ttf", 400, FontStyle.NORMAL);
    font(builder, "LiberationSans-Bold.ttf", 700, FontStyle.NORMAL);
    font(builder, "LiberationSans-Italic.ttf", 400, FontStyle.ITALIC);
    font(builder, "LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC);
    builder.withHtmlContent(html(plan), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the plan", e);
    }
    return out.toByteArray();
  }

  private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
    String path = FONT_DIR + file;
    if (MyPlan.class.getResource(path) == null) {
      throw new IllegalStateException("The font " + path + " is not on the classpath");
    }
    builder.useFont(() -> open(path), FONT, weight, style, true);
  }

  private static InputStream open(String path) {
    return MyPlan.class.getResourceAsStream(path);
  }

  // --- the document, as XHTML ------------------------------------------------------------------

  /** The XHTML the PDF is rendered from. */
  static String html(Plan plan) {
    Words words = new Words();
    ConversationNotes notes = plan.notes();
    String fullName = Texts.oneLine(plan.fullName());
    String addressAs = Texts.oneLine(plan.addressAs());
    if (addressAs == null) {
      addressAs = fullName;
    }
    LocalDate heldOn = plan.heldOn() != null ? plan.heldOn() : notes.heldOnDate().orElse(null);
    String worker = Texts.oneLine(plan.workerName());
    String team = Texts.oneLine(plan.teamName());

    StringBuilder h = new StringBuilder(8_192);
    String title =
        fullName != null ? words.text("plan.documentTitle", fullName) : words.text("plan.title");
    h.append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(LANGUAGE)
        .append("\" xml:lang=\"")
        .append(LANGUAGE)
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(title))
        .append("</title>");
    meta(h, "subject", words.text("plan.documentSubject"));
    meta(h, "author", worker != null ? worker : team);
    h.append("<style>").append(css(words)).append("</style></head><body>");

    h.append("<h1>").append(escape(words.text("plan.title"))).append("</h1>");
    String intro =
        addressAs != null ? words.text("plan.intro.named", addressAs) : words.text("plan.intro");
    h.append("<p class=\"intro\">").append(escape(intro)).append("</p>");
    fact(h, words.text("plan.fact.name"), fullName);
    fact(h, words.text("plan.fact.date"), heldOn == null ? null : UkDates.show(heldOn));
    fact(
        h,
        words.text("plan.fact.writtenWith"),
        worker != null && team != null ? words.text("plan.workerAndTeam", worker, team) : worker);

    int sections = 0;
    sections +=
        words(
            h, words, "plan.whatMatters", notes.getWhatMatters(), notes.isWhatMattersTheirWords());
    sections += words(h, words, "plan.goodLife", notes.getGoodLife(), notes.isGoodLifeTheirWords());
    sections += strengths(h, words, notes.getStrengths());
    sections += people(h, words, notes.getNetwork());
    sections += goals(h, words, notes.getGoals());
    sections += actions(h, words, notes, team);
    if (sections == 0) {
      h.append("<p>").append(escape(words.text("plan.nothingYet"))).append("</p>");
    }

    String wrong;
    if (worker != null && team != null) {
      wrong = words.text("plan.wrong.workerAndTeam", worker, team);
    } else if (worker != null) {
      wrong = words.text("plan.wrong.worker", worker);
    } else if (team != null) {
      wrong = words.text("plan.wrong.team", team);
    } else {
      wrong = words.text("plan.wrong");
    }
    h.append("<p class=\"wrong\">").append(escape(wrong)).append("</p>");
    h.append("</body></html>");
    return h.toString();
  }

  private static String css(Words words) {
    String page = cssString(words.text("plan.page") + " ");
    String of = cssString(" " + words.text("plan.pageOf") + " ");
    return "@page { size: A4; margin: 18mm 20mm 22mm 20mm;"
        + " @bottom-right { content: "
        + page
        + " counter(page) "
        + of
        + " counter(pages);"
        + " font-family: '"
        + FONT
        + "'; font-size: 12pt; color: #0b0c0c; } }"
        + " body { font-family: '"
        + FONT
        + "'; font-size: 14pt; line-height: 1.45; color: #0b0c0c; background: #ffffff; }"
        + " h1 { font-size: 28pt; line-height: 1.15; margin: 0 0 10pt 0; }"
        + " h2 { font-size: 20pt; line-height: 1.2; margin: 22pt 0 8pt 0; padding-bottom: 3pt;"
        + " border-bottom: 1.5pt solid #0b0c0c; page-break-after: avoid;"
        + " -fs-page-break-min-height: 5cm; }"
        + " h3 { font-size: 16pt; line-height: 1.25; margin: 14pt 0 5pt 0;"
        + " page-break-after: avoid; -fs-page-break-min-height: 3cm; }"
        + " p { margin: 0 0 7pt 0; }"
        + " p.intro { font-size: 16pt; margin-bottom: 12pt; }"
        + " p.fact { margin: 0 0 3pt 0; }"
        + " p.label { font-weight: bold; margin: 0 0 4pt 0; page-break-after: avoid; }"
        + " blockquote { margin: 0 0 8pt 0; padding: 2pt 0 2pt 12pt;"
        + " border-left: 4pt solid #505a5f; }"
        + " ul { margin: 0 0 8pt 0; padding-left: 18pt; }"
        + " li { margin: 0 0 4pt 0; }"
        + " table { width: 100%; border-collapse: collapse; margin: 4pt 0 10pt 0;"
        + " -fs-table-paginate: paginate; -fs-page-break-min-height: 3.5cm; }"
        + " th, td { border: 1pt solid #505a5f; padding: 5pt 6pt; text-align: left;"
        + " vertical-align: top; }"
        + " thead th { background: #f3f2f1; }"
        + " tr, div.goal { page-break-inside: avoid; }"
        + " td p, th p { margin: 0 0 4pt 0; }"
        + " td p:last-child, th p:last-child { margin-bottom: 0; }"
        + " span.relationship { font-weight: normal; }"
        + " p.wrong { margin-top: 16pt; padding: 6pt 10pt; border: 2pt solid #0b0c0c;"
        + " font-weight: bold; page-break-inside: avoid; }";
  }

  private static void meta(StringBuilder h, String name, String content) {
    if (content != null) {
      h.append("<meta name=\"")
          .append(name)
          .append("\" content=\"")
          .append(escape(content))
          .append("\"/>");
    }
  }

  private static void fact(StringBuilder h, String label, String value) {
    if (value != null) {
      h.append("<p class=\"fact\"><strong>")
          .append(escape(label))
          .append("</strong> ")
          .append(escape(value))
          .append("</p>");
    }
  }

  /** What matters, a good life: prose, set off as a quotation when it is the person's words. */
  private static int words(
      StringBuilder h, Words words, String heading, String text, boolean theirWords) {
    String kept = Texts.keepLines(text);
    if (kept == null) {
      return 0;
    }
    h.append("<section>");
    heading(h, "h2", words.text(heading));
    if (theirWords) {
      h.append("<p class=\"label\">").append(escape(words.text("plan.ownWords"))).append("</p>");
      h.append("<blockquote>");
      paragraphs(h, kept);
      h.append("</blockquote>");
    } else {
      paragraphs(h, kept);
    }
    h.append("</section>");
    return 1;
  }

  private static int strengths(StringBuilder h, Words words, List<Strength> strengths) {
    Map<StrengthCategory, List<String>> byCategory = new EnumMap<>(StrengthCategory.class);
    List<String> other = new ArrayList<>();
    for (Strength strength : strengths) {
      String description = Texts.keepLines(strength.getDescription());
      if (description == null) {
        continue;
      }
      if (strength.getCategory() == null) {
        other.add(description);
      } else {
        byCategory.computeIfAbsent(strength.getCategory(), c -> new ArrayList<>()).add(description);
      }
    }
    if (byCategory.isEmpty() && other.isEmpty()) {
      return 0;
    }
    h.append("<section>");
    heading(h, "h2", words.text("plan.strengths"));
    for (Map.Entry<StrengthCategory, List<String>> group : byCategory.entrySet()) {
      list(h, words.text("plan.strengths." + group.getKey().name()), group.getValue());
    }
    if (!other.isEmpty()) {
      list(h, words.text("plan.strengths.other"), other);
    }
    h.append("</section>");
    return 1;
  }

  private static void list(StringBuilder h, String heading, List<String> items) {
    heading(h, "h3", heading);
    h.append("<ul>");
    for (String item : items) {
      h.append("<li>");
      lines(h, item);
      h.append("</li>");
    }
    h.append("</ul>");
  }

  private static int people(StringBuilder h, Words words, List<NetworkMember> network) {
    List<NetworkMember> shown = new ArrayList<>();
    for (NetworkMember member : network) {
      if (member.getLabel() != null) {
        shown.add(member);
      }
    }
    if (shown.isEmpty()) {
      return 0;
    }
    h.append("<section>");
    heading(h, "h2", words.text("plan.people"));
    h.append("<table><thead><tr>");
    header(h, words.text("plan.people.who"), "28%");
    header(h, words.text("plan.people.helpsMe"), "36%");
    header(h, words.text("plan.people.iHelp"), "36%");
    h.append("</tr></thead><tbody>");
    for (NetworkMember member : shown) {
      String name = Texts.oneLine(member.getName());
      String relationship = Texts.oneLine(member.getRelationship());
      h.append("<tr><th scope=\"row\"><p>").append(escape(member.getLabel())).append("</p>");
      if (name != null && relationship != null) {
        h.append("<p><span class=\"relationship\">")
            .append(escape(relationship))
            .append("</span></p>");
      }
      h.append("</th>");
      cell(h, member.getSupportGiven());
      cell(h, member.getSupportReceived());
      h.append("</tr>");
    }
    h.append("</tbody></table></section>");
    return 1;
  }

  private static int goals(StringBuilder h, Words words, List<Goal> goals) {
    List<Goal> shown = new ArrayList<>();
    for (Goal goal : goals) {
      if (Texts.keepLines(goal.getWords()) != null) {
        shown.add(goal);
      }
    }
    if (shown.isEmpty()) {
      return 0;
    }
    h.append("<section>");
    heading(h, "h2", words.text("plan.goals"));
    for (Goal goal : shown) {
      h.append("<div class=\"goal\"><h3>");
      lines(h, Texts.keepLines(goal.getWords()));
      h.append("</h3>");
      String by = date(goal.getTargetDate());
      if (by != null) {
        labelled(h, words.text("plan.goal.byWhen"), by);
      }
      labelled(h, words.text("plan.goal.success"), Texts.keepLines(goal.getExpected()));
      labelled(h, words.text("plan.goal.better"), Texts.keepLines(goal.getMoreThanExpected()));
      h.append("</div>");
    }
    h.append("</section>");
    return 1;
  }

  /** A label in bold with its text: the first paragraph beside the label, the rest below. */
  private static void labelled(StringBuilder h, String label, String text) {
    if (text == null) {
      return;
    }
    String[] paragraphs = text.split("\n\n");
    h.append("<p><strong>").append(escape(label)).append("</strong> ");
    lines(h, paragraphs[0]);
    h.append("</p>");
    for (int i = 1; i < paragraphs.length; i++) {
      h.append("<p>");
      lines(h, paragraphs[i]);
      h.append("</p>");
    }
  }

  private static int actions(StringBuilder h, Words words, ConversationNotes notes, String team) {
    List<AgreedAction> shown = new ArrayList<>();
    for (AgreedAction action : notes.getActions()) {
      if (Texts.keepLines(action.getWhat()) != null) {
        shown.add(action);
      }
    }
    if (shown.isEmpty()) {
      return 0;
    }
    h.append("<section>");
    heading(h, "h2", words.text("plan.actions"));
    h.append("<table><thead><tr>");
    header(h, words.text("plan.actions.who"), "26%");
    header(h, words.text("plan.actions.what"), "46%");
    header(h, words.text("plan.actions.byWhen"), "28%");
    h.append("</tr></thead><tbody>");
    for (AgreedAction action : shown) {
      h.append("<tr><th scope=\"row\"><p>")
          .append(escape(who(words, notes, action, team)))
          .append("</p></th>");
      cell(h, action.getWhat());
      String by = date(action.getByWhen());
      cell(h, by != null ? by : words.text("plan.actions.noDate"));
      h.append("</tr>");
    }
    h.append("</tbody></table></section>");
    return 1;
  }

  private static String who(
      Words words, ConversationNotes notes, AgreedAction action, String team) {
    String named = Texts.oneLine(action.getOwnerName());
    if (action.getOwner() == null) {
      return named != null ? named : words.text("plan.who.unknown");
    }
    return switch (action.getOwner()) {
      case NETWORK_MEMBER -> {
        String member =
            action.getNetworkKey() == null
                ? null
                : notes.member(action.getNetworkKey()).map(NetworkMember::getLabel).orElse(null);
        yield member != null
            ? member
            : named != null ? named : words.text("plan.who.NETWORK_MEMBER");
      }
      case THE_COUNCIL -> {
        if (named != null) {
          yield named;
        }
        yield team != null
            ? words.text("plan.who.THE_COUNCIL.team", team)
            : words.text("plan.who.THE_COUNCIL");
      }
      case THE_PERSON -> words.text("plan.who.THE_PERSON");
      case COMMUNITY_GROUP -> named != null ? named : words.text("plan.who.COMMUNITY_GROUP");
    };
  }

  private static void header(StringBuilder h, String text, String width) {
    h.append("<th scope=\"col\" style=\"width: ")
        .append(width)
        .append("\">")
        .append(escape(text))
        .append("</th>");
  }

  private static void cell(StringBuilder h, String text) {
    h.append("<td>");
    String kept = Texts.keepLines(text);
    if (kept != null) {
      paragraphs(h, kept);
    }
    h.append("</td>");
  }

  private static void heading(StringBuilder h, String level, String text) {
    h.append('<').append(level).append('>').append(escape(text)).append("</").append(level);
    h.append('>');
  }

  /** Paragraphs (a blank line between) become P; single line breaks within them are kept. */
  private static void paragraphs(StringBuilder h, String text) {
    for (String paragraph : text.split("\n\\s*\n")) {
      h.append("<p>");
      lines(h, paragraph.strip());
      h.append("</p>");
    }
  }

  private static void lines(StringBuilder h, String text) {
    String[] lines = text.split("\n");
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        h.append("<br/>");
      }
      h.append(escape(lines[i]));
    }
  }

  /** A date as typed, shown as "1 March 2027" when it is a real date. */
  private static String date(String typed) {
    String text = Texts.oneLine(typed);
    if (text == null) {
      return null;
    }
    return UkDates.parse(text).map(UkDates::show).orElse(text);
  }

  /** Text as XML character data: markup characters escaped, characters XML cannot hold dropped. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (allowedInXml(c)) {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowedInXml(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** A CSS string literal, itself safe inside the XHTML style element. */
  private static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      } else if (c >= 0x20) {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** openhtmltopdf's log: warnings and worse, to java.util.logging under its own names. */
  private static final class WarningsOnly implements XRLogger {
    @Override
    public void log(String where, Level level, String msg) {
      Logger.getLogger(where).log(level, msg);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
      Logger.getLogger(where).log(level, msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
      Logger.getLogger(logger).setLevel(level);
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
      return diagnostic.getLevel().intValue() >= Level.WARNING.intValue()
          && Logger.getLogger(diagnostic.getLogMessageId().getWhere())
              .isLoggable(diagnostic.getLevel());
    }
  }

  /** The plan's words, from {@code i18n/plan.properties}. */
  private static final class Words {
    private final ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, LOCALE);

    String text(String key, Object... arguments) {
      String pattern = bundle.getString(key);
      if (arguments.length == 0) {
        return pattern;
      }
      return new MessageFormat(pattern, LOCALE).format(arguments);
    }
  }
}
