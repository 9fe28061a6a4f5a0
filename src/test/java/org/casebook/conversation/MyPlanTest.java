package org.casebook.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class MyPlanTest {

  static final LocalDate HELD_ON = LocalDate.of(2026, 11, 23);

  private static byte[] full;

  /** A finalised conversation as a worker would write it up. */
  static ConversationNotes notes() {
    ConversationNotes notes = ConversationTest.complete();
    notes.setWhatMatters("My garden.\n\nSeeing Sue on Sundays.\nAnd my cat, Tibbles.");
    notes.setGoodLife("Getting back to the allotment with my friends.");
    notes.setGoodLifeTheirWords(false);
    notes.getStrengths().add(new Strength(StrengthCategory.PERSONAL_QUALITIES, "Kind and funny"));
    NetworkMember sue = notes.getNetwork().get(0);
    sue.setSupportGiven("Does my big shop");
    sue.setSupportReceived("I look after her children on Fridays");
    notes
        .getNetwork()
        .add(new NetworkMember(null, "Next-door neighbour", NetworkGroup.NEIGHBOURS, 3));
    notes
        .getActions()
        .add(
            new AgreedAction(
                ActionOwner.THE_PERSON, null, "Ring the allotment society", "1 12 2026"));
    notes
        .getActions()
        .add(new AgreedAction(ActionOwner.THE_COUNCIL, null, "Fit a stair rail", null));
    return notes.tidy();
  }

  static MyPlan.Plan plan(ConversationNotes notes) {
    return new MyPlan.Plan(
        "Peggy", "Margaret Jones", HELD_ON, "Sam Patel", "North Locality Team", notes);
  }

  @BeforeAll
  static void render() {
    full = MyPlan.pdf(plan(notes()));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The text with every run of white space as one space, so wrapping does not matter. */
  private static String flat(byte[] pdf) throws IOException {
    return text(pdf).replaceAll("\\s+", " ");
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).toList();
  }

  @Test
  void itIsAPdf() {
    assertEquals("%PDF-", new String(full, 0, 5, StandardCharsets.US_ASCII));
  }

  @Test
  void aReaderSeesTheirNameTheDateWhoWroteItAndEverySection() throws IOException {
    String text = flat(full);
    for (String expected :
        List.of(
            "My plan",
            "This is your plan, Peggy.",
            "Margaret Jones",
            "23 November 2026",
            "Sam Patel, North Locality Team",
            "What matters to me",
            "What a good life looks like for me",
            "My strengths",
            "People in my life",
            "My goals",
            "Who does what",
            "If anything here is wrong or has changed, tell Sam Patel, North Locality Team.")) {
      assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
    }
  }

  @Test
  void aReaderSeesStrengthsByCategoryPeopleGoalsAndActions() throws IOException {
    String text = flat(full);
    for (String expected :
        List.of(
            "What I know and can do",
            "Grows vegetables",
            "The kind of person I am",
            "Kind and funny",
            "Sue",
            "Daughter",
            "Does my big shop",
            "I look after her children on Fridays",
            "Next-door neighbour",
            "Get back to my allotment",
            "1 March 2027",
            "What success looks like: Out every week",
            "Even better would be: Twice a week",
            "Lifts on Sunday",
            "Hyde Park Allotments",
            "Ring the allotment society",
            "1 December 2026",
            "Fit a stair rail",
            "The council (North Locality Team)",
            "No date set",
            "Page 1 of")) {
      assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
    }
    List<String> lines = lines(text(full));
    assertTrue(
        lines.stream().anyMatch(line -> line.startsWith("Me Ring the allotment society")),
        "the person's own actions say \"Me\"");
    // Less-than-expected levels are for the worker, not the person's plan.
    assertFalse(text.contains("Not out at all"));
    assertTrue(
        text.indexOf("What I know and can do") < text.indexOf("Grows vegetables")
            && text.indexOf("The kind of person I am") < text.indexOf("Kind and funny"));
  }

  @Test
  void paragraphsAndLineBreaksInTheNotesAreKept() throws IOException {
    List<String> lines = lines(text(full));
    assertTrue(lines.contains("My garden."), () -> "paragraph run together: " + lines);
    assertTrue(lines.contains("Seeing Sue on Sundays."), () -> "line run together: " + lines);
    assertTrue(lines.contains("And my cat, Tibbles."), () -> "line run together: " + lines);

    String html = MyPlan.html(plan(notes()));
    assertTrue(
        html.contains("<p>My garden.</p><p>Seeing Sue on Sundays.<br/>And my cat, Tibbles.</p>"),
        html);
  }

  @Test
  void thePersonsOwnWordsAreAQuotationAndTheWorkersSummaryIsNot() throws IOException {
    String html = MyPlan.html(plan(notes()));
    assertTrue(html.contains("In my own words:</p><blockquote><p>My garden."), html);
    assertFalse(html.contains("<blockquote><p>Getting back to the allotment"), html);
    assertEquals(1, count(html, "In my own words:"));
    try (PDDocument doc = Loader.loadPDF(full)) {
      assertTrue(structureTypes(doc).contains("BlockQuote"));
    }
  }

  @Test
  void theDocumentIsTaggedForAssistiveTechnology() throws IOException {
    try (PDDocument doc = Loader.loadPDF(full)) {
      PDDocumentCatalog catalog = doc.getDocumentCatalog();
      assertNotNull(catalog.getMarkInfo(), "MarkInfo");
      assertTrue(catalog.getMarkInfo().isMarked(), "MarkInfo /Marked true");
      assertNotNull(catalog.getStructureTreeRoot(), "StructTreeRoot");
      assertEquals("en-GB", catalog.getLanguage());
      assertTrue(catalog.getViewerPreferences().displayDocTitle(), "DisplayDocTitle");
      assertEquals("My plan: Margaret Jones", doc.getDocumentInformation().getTitle());

      List<String> types = structureTypes(doc);
      assertEquals(1, Collections.frequency(types, "H1"), () -> "one H1: " + types);
      assertEquals(6, Collections.frequency(types, "H2"), () -> "a H2 per section: " + types);
      for (String expected : List.of("H3", "P", "L", "LI", "Table", "TR", "TH", "TD")) {
        assertTrue(types.contains(expected), () -> "no " + expected + " in " + types);
      }
      assertTrue(
          types.indexOf("H1") < types.indexOf("H2") && types.indexOf("H2") < types.indexOf("H3"),
          "headings in order");
    }
  }

  @Test
  void theMetadataNamesTheTitleAndPdfUa() throws IOException {
    try (PDDocument doc = Loader.loadPDF(full)) {
      PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
      assertNotNull(metadata, "XMP metadata");
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      assertTrue(xmp.contains("My plan: Margaret Jones"), xmp);
      assertTrue(
          Pattern.compile("pdfuaid:part(>|=\")1").matcher(xmp).find(),
          () -> "PDF/UA-1 identifier missing: " + xmp);
    }
  }

  @Test
  void veraPdfFindsItConformsToPdfUa1() throws Exception {
    ConversationNotes sparse = new ConversationNotes();
    sparse.setWhatMatters("My dog.");
    sparse.setWhatMattersTheirWords(false);
    for (byte[] pdf :
        List.of(
            full,
            MyPlan.pdf(new MyPlan.Plan("Ann", null, null, null, null, sparse)),
            MyPlan.pdf(new MyPlan.Plan(null, null, null, null, null, new ConversationNotes())))) {
      List<String> failed = pdfUa1Failures(pdf);
      assertTrue(failed.isEmpty(), () -> String.join("\n", failed));
    }
  }

  /** The PDF/UA-1 rules veraPDF can check by machine that the document breaks. */
  private static List<String> pdfUa1Failures(byte[] pdf) throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed = new ArrayList<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          failed.add(
              assertion.getRuleId().getClause()
                  + "-"
                  + assertion.getRuleId().getTestNumber()
                  + ": "
                  + assertion.getMessage()
                  + " at "
                  + assertion.getLocation().getContext());
        }
      }
      if (!result.isCompliant() && failed.isEmpty()) {
        failed.add("not compliant");
      }
      return failed;
    }
  }

  @Test
  void everyFontIsEmbedded() throws IOException {
    try (PDDocument doc = Loader.loadPDF(full)) {
      int fonts = 0;
      for (PDPage page : doc.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts++;
          assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
          assertTrue(font.getName().contains("LiberationSans"), font.getName());
        }
      }
      assertTrue(fonts > 0, "no fonts found");
    }
  }

  @Test
  void textThatLooksLikeMarkupIsPrintedAsWritten() throws IOException {
    ConversationNotes notes = notes();
    notes.getGoals().get(0).setWords("<b>x</b> & \"more\" 'quoted'");
    notes.getNetwork().get(0).setName("<script>alert(1)</script>");
    MyPlan.Plan plan =
        new MyPlan.Plan(
            "</p><h1>Peggy", "Margaret <Jones>", HELD_ON, "Sam & Co", "{0} team's", notes);
    // Narrow table columns may wrap anywhere, so compare without white space.
    String text = text(MyPlan.pdf(plan)).replaceAll("\\s+", "");
    for (String expected :
        List.of(
            "<b>x</b> & \"more\" 'quoted'",
            "<script>alert(1)</script>",
            "This is your plan, </p><h1>Peggy.",
            "Margaret <Jones>",
            "tell Sam & Co, {0} team's.")) {
      assertTrue(
          text.contains(expected.replaceAll("\\s+", "")),
          () -> "missing \"" + expected + "\" in:\n" + text);
    }
    String html = MyPlan.html(plan);
    assertFalse(html.contains("<b>x"));
    assertFalse(html.contains("<script>"));
  }

  @Test
  void charactersXmlCannotHoldAreDroppedNotFatal() throws IOException {
    ConversationNotes notes = notes();
    notes.setWhatMatters("Bell\u0007 and\u0000 null \uD800 and Zo\u00eb, Łukasz, Ελένη");
    String text = flat(MyPlan.pdf(plan(notes)));
    assertTrue(text.contains("Bell and null and Zo\u00eb, Łukasz, Ελένη"), text);
  }

  @Test
  void emptySectionsAreLeftOut() throws IOException {
    ConversationNotes notes = new ConversationNotes();
    notes.setWhatMatters("My dog.");
    notes.getGoals().add(new Goal("Walk to the park"));
    notes.getNetwork().add(new NetworkMember());
    notes.getActions().add(new AgreedAction(ActionOwner.THE_PERSON, null, "  ", null));
    String text = flat(MyPlan.pdf(new MyPlan.Plan("Ann", null, null, null, null, notes)));
    assertTrue(text.contains("What matters to me"));
    assertTrue(text.contains("My dog."));
    assertTrue(text.contains("Walk to the park"));
    for (String absent :
        List.of(
            "What a good life looks like for me",
            "My strengths",
            "People in my life",
            "Who does what",
            "What success looks like",
            "By when",
            "Date of our conversation",
            "Written with you by")) {
      assertFalse(text.contains(absent), () -> "\"" + absent + "\" should be left out:\n" + text);
    }
    assertTrue(
        text.contains("If anything here is wrong or has changed, tell your social care team."));
  }

  @Test
  void aPlanWithNothingInItSaysSo() throws IOException {
    String text =
        flat(MyPlan.pdf(new MyPlan.Plan(null, null, null, null, null, new ConversationNotes())));
    assertTrue(text.contains("My plan"));
    assertTrue(text.contains("This is your plan. It comes from our conversation"));
    assertTrue(text.contains("We have not written your plan yet."), text);
  }

  @Test
  void aLongPlanRunsOnToMorePagesWithTheTableHeadersRepeated() throws IOException {
    ConversationNotes notes = notes();
    for (int i = 1; i <= 40; i++) {
      notes.getNetwork().add(new NetworkMember("Friend " + i, "Friend", NetworkGroup.FRIENDS, 2));
    }
    try (PDDocument doc = Loader.loadPDF(MyPlan.pdf(plan(notes)))) {
      assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(count(text, "How they help me") >= 2, "header row repeated on the next page");
      assertTrue(text.contains("Friend 40"));
    }
  }

  @Test
  void thePlansWordsSpeakOfPeopleAndAreValidPatterns() {
    ResourceBundle bundle = ResourceBundle.getBundle(MyPlan.BUNDLE, Locale.UK);
    List<String> keys = new ArrayList<>(Collections.list(bundle.getKeys()));
    assertTrue(keys.size() > 30);
    Pattern serviceUser = Pattern.compile("service[\\s-]*users?", Pattern.CASE_INSENSITIVE);
    for (String key : keys) {
      String value = bundle.getString(key);
      assertFalse(value.isBlank(), key);
      assertFalse(serviceUser.matcher(value).find(), key);
      if (!value.contains("{0}")) {
        assertFalse(value.contains("''"), key + ": text without placeholders is shown as written");
      }
    }
    for (StrengthCategory category : StrengthCategory.values()) {
      assertTrue(bundle.containsKey("plan.strengths." + category.name()), category.name());
    }
    for (ActionOwner owner : ActionOwner.values()) {
      assertTrue(bundle.containsKey("plan.who." + owner.name()), owner.name());
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  /** Every structure element's type, in document order. */
  private static List<String> structureTypes(PDDocument doc) {
    List<String> types = new ArrayList<>();
    Set<PDStructureNode> seen = new HashSet<>();
    walk(doc.getDocumentCatalog().getStructureTreeRoot(), types, seen);
    return types;
  }

  private static void walk(PDStructureNode node, List<String> types, Set<PDStructureNode> seen) {
    if (!seen.add(node)) {
      return;
    }
    if (node instanceof PDStructureElement element) {
      types.add(element.getStructureType());
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        walk(child, types, seen);
      }
    }
  }
}
