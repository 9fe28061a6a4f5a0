package org.casebook.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnonymiserTest {

  private static final Anonymiser ANONYMISER = Anonymiser.shipped();

  private static CaseFacts margaret() {
    return CaseFacts.builder("case-42")
        .person(KnownPerson.Role.PERSON, "Margaret Ellis", "Peggy", "Margaret Smith")
        .person(KnownPerson.Role.NETWORK, "James Ellis", null)
        .person(KnownPerson.Role.WORKER, "Sam Okafor", null)
        .dateOfBirth(LocalDate.of(1941, 3, 12))
        .address("14 Mill Lane, Hebden Bridge", "HX7 8AB")
        .ward("Calder")
        .today(LocalDate.of(2025, 6, 1))
        .build();
  }

  private static String run(String text) {
    return ANONYMISER.open(margaret()).anonymise(text).text();
  }

  private static boolean hasWord(String text, String word) {
    return Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
        .matcher(text)
        .find();
  }

  /** The example in docs/anonymisation.md, word for word. */
  @Test
  void theDocumentedExampleReadsAsDocumented() {
    CaseFacts facts =
        CaseFacts.builder("case-1")
            .person(KnownPerson.Role.PERSON, "Margaret Ellis", "Peggy")
            .person(KnownPerson.Role.NETWORK, "James Ellis", null)
            .dateOfBirth(LocalDate.of(1941, 3, 12))
            .address("14 Mill Lane, Hebden Bridge", "HX7 8AB")
            .today(LocalDate.of(2025, 6, 1))
            .build();
    Result r =
        ANONYMISER
            .open(facts)
            .anonymise(
                "Visited Margaret Ellis (Peggy) at 14 Mill Lane on 3 March 2025, DOB 12/03/1941."
                    + " Mrs Ellis said her son James' car broke down. Will ring her GP, Dr Okafor,"
                    + " on 07700 900123. Her neighbour Tendai said she is 93. NHS 943 476 5919."
                    + " She was a lighthouse keeper.");
    assertEquals(
        "Visited Yvette Richardson (Rudo) at [address] on 10 February 2025, DOB aged 80 to 84."
            + " Mrs Richardson said her son Steve's car broke down. Will ring her GP, Dr Babatunde,"
            + " on [phone number]. Her neighbour Obi said she is over 90. NHS [NHS number]."
            + " She was a lighthouse keeper.",
        r.text());
    assertEquals(List.of("rare occupation"), r.flags().stream().map(Flag::reason).toList());
  }

  @Test
  void knownNamesGoInEveryForm() {
    String out =
        run(
            "Margaret Ellis, MARGARET, margaret, Mrs Ellis, Dr. Ellis, Margaret's, Ellis's,"
                + " Peggy, James' car, Margaret\nEllis, Margaret Smith, Mx Okafor.");
    for (String name : List.of("Margaret", "Ellis", "Peggy", "James", "Smith", "Okafor")) {
      assertFalse(hasWord(out, name), name + " in " + out);
    }
    assertTrue(out.contains("Mrs "), out);
    assertTrue(out.contains("Dr. "), out);
    assertTrue(out.contains("Mx "), out);
  }

  @Test
  void replacementsAreConsistentAcrossTextsAndKeepTitlesPossessivesAndCapitals() {
    AnonymisedCase c = ANONYMISER.open(margaret());
    String full = c.anonymise("Margaret Ellis").text();
    String[] parts = full.split(" ");
    assertEquals(2, parts.length, full);
    assertEquals(parts[0], c.anonymise("Margaret").text());
    assertEquals("Mrs " + parts[1], c.anonymise("Mrs Ellis").text());
    assertEquals(parts[0] + "'s", c.anonymise("Margaret's").text());
    assertEquals(parts[0] + "\u2019s", c.anonymise("Margaret\u2019s").text());
    assertEquals(parts[0].toUpperCase(Locale.ROOT), c.anonymise("MARGARET").text());
    assertEquals(parts[0].toLowerCase(Locale.ROOT), c.anonymise("margaret").text());
    assertEquals(full, c.anonymise("Margaret\u00a0Ellis").text().replace('\u00a0', ' '));
    // A new case object for the same facts gives the same pseudonyms.
    assertEquals(full, ANONYMISER.open(margaret()).anonymise("Margaret Ellis").text());
  }

  @Test
  void aPossessiveWithOnlyAnApostropheReadsRightAfterTheChange() {
    String out = run("James' car");
    assertTrue(out.matches("\\p{Lu}\\p{L}+'s? car"), out);
    String pseudonym = out.substring(0, out.indexOf('\''));
    assertEquals(pseudonym.endsWith("s") ? pseudonym + "' car" : pseudonym + "'s car", out);
  }

  @Test
  void differentCasesGetDifferentPseudonymsAndShifts() {
    CaseFacts other =
        CaseFacts.builder("case-43")
            .person(KnownPerson.Role.PERSON, "Margaret Ellis", null)
            .today(LocalDate.of(2025, 6, 1))
            .build();
    int differentNames = 0;
    for (int i = 0; i < 5; i++) {
      CaseFacts a = CaseFacts.builder("case-" + i).person(margaret().people().get(0)).build();
      CaseFacts b = CaseFacts.builder("other-" + i).person(margaret().people().get(0)).build();
      if (!ANONYMISER
          .open(a)
          .anonymise("Margaret Ellis")
          .text()
          .equals(ANONYMISER.open(b).anonymise("Margaret Ellis").text())) {
        differentNames++;
      }
    }
    assertTrue(differentNames >= 4);
    assertNotEquals(ANONYMISER.open(margaret()).dateShiftDays(), 0);
    assertTrue(Math.abs(ANONYMISER.open(other).dateShiftDays()) >= 14);
    assertEquals(0, ANONYMISER.open(other).dateShiftDays() % 7);
  }

  @Test
  void aPseudonymIsNeverOneOfTheCasesRealNames() {
    for (int i = 0; i < 200; i++) {
      CaseFacts facts =
          CaseFacts.builder("k" + i)
              .person(KnownPerson.Role.PERSON, "Joan Hart", null)
              .person(KnownPerson.Role.NETWORK, "Mary Smith", null)
              .person(KnownPerson.Role.NETWORK, "Priya Patel", null)
              .build();
      String out = ANONYMISER.open(facts).anonymise("Joan Hart, Mary Smith and Priya Patel").text();
      for (String real : List.of("Joan", "Hart", "Mary", "Smith", "Priya", "Patel")) {
        assertFalse(hasWord(out, real), out);
      }
    }
  }

  @Test
  void wholeWordsOnly() {
    CaseFacts facts =
        CaseFacts.builder("r").person(KnownPerson.Role.PERSON, "Rosa Lee", null).build();
    String out =
        ANONYMISER.open(facts).anonymise("Rosa said the Rosary at Leeds with Rosamunde.").text();
    assertTrue(out.endsWith(" said the Rosary at Leeds with Rosamunde."), out);
    assertFalse(hasWord(out, "Rosa"), out);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Will ring the GP tomorrow.",
        "Hope to see her next week.",
        "She may need a stool in May.",
        "Mark the calendar for Tuesday.",
        "The bill was paid.",
        "Rose early and made tea.",
        "With grace and good humour.",
        "Young people from the school sang.",
        "Brown envelope from the council.",
        "A walk in the wood and the field by the mill.",
        "She lives on Hope Street near Grace Church.",
        "Frank and honest as ever.",
        "Amber on the RAG rating.",
        "The robin comes every morning.",
        "Parkinson's disease and Bell's palsy.",
        "Mass at St Paul's on Sunday."
      })
  void ordinaryWordsThatAreAlsoNamesStay(String text) {
    Result r = ANONYMISER.open(CaseFacts.builder("o").build()).anonymise(text);
    assertEquals(text, r.text(), r.replacements().toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Her daughter Grace rang.",
        "Grace Okafor visited.",
        "Mr Brown said so.",
        "Dr. Nwachukwu called.",
        "Her son Tendai lives nearby.",
        "Tendai said he would come.",
        "Spoke with Grace about the tablets.",
        "May Thompson came to the lunch club.",
        "Dear Faith, thank you.",
        "Ms Will came too.",
        "Then Priya helped her.",
        "Her friend Joy visits on Mondays."
      })
  void namesNotKnownInAdvanceGo(String text) {
    Result r = ANONYMISER.open(CaseFacts.builder("n").build()).anonymise(text);
    assertTrue(
        r.replacements().stream().anyMatch(x -> x.kind() == Kind.NAME), text + " -> " + r.text());
  }

  @Test
  void aSentenceWrappedAfterALongLineIsStillOneSentence() {
    AnonymisedCase c = ANONYMISER.open(CaseFacts.builder("wrap").build());
    String wrapped =
        "We sat in the kitchen and talked for a long while, then she spoke to\nGrace about it.";
    assertFalse(c.anonymise(wrapped).text().contains("Grace"));
    assertEquals("Visit notes\nWill ring GP.", c.anonymise("Visit notes\nWill ring GP.").text());
  }

  @Test
  void aLineInCapitalsRaisesNoPlaceFlags() {
    Result r =
        ANONYMISER
            .open(CaseFacts.builder("caps").build())
            .anonymise("HE ASKED FOR THE FALLS TEAM.");
    assertTrue(r.flags().isEmpty(), r.flags().toString());
  }

  @Test
  void aFamilyCalledByItsSurnameGetsTheSurnamesPseudonym() {
    AnonymisedCase c = ANONYMISER.open(CaseFacts.builder("f").build());
    String out = c.anonymise("Jo Smith came. The Smiths live next door.").text();
    String surname = out.substring(out.indexOf(' ') + 1, out.indexOf(" came"));
    String family = surname + (surname.endsWith("s") ? "es" : "s");
    assertTrue(out.endsWith("The " + family + " live next door."), out);
    assertEquals("Then the woods.", c.anonymise("Then the woods.").text());
  }

  @Test
  void formsOfAddressAreNoNames() {
    assertEquals(
        "Nanna and Mum said so.",
        ANONYMISER.open(CaseFacts.builder("g").build()).anonymise("Nanna and Mum said so.").text());
  }

  @Test
  void aNameFoundOnceIsRecognisedInTheCasesLaterTexts() {
    AnonymisedCase c = ANONYMISER.open(CaseFacts.builder("m").build());
    String first = c.anonymise("Her son Tendai visits.").text();
    String pseudonym = first.split(" ")[2];
    assertEquals(
        pseudonym + " brought the shopping.", c.anonymise("Tendai brought the shopping.").text());
  }

  @Test
  void datesShiftByTheSameWholeWeeksAndKeepTheirFormat() {
    AnonymisedCase c = ANONYMISER.open(margaret());
    int shift = c.dateShiftDays();
    LocalDate d = LocalDate.of(2025, 3, 12).plusDays(shift);
    String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
    assertEquals(
        String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()),
        c.anonymise("12/03/2025").text());
    assertEquals(
        d.getDayOfMonth() + " " + month + " " + d.getYear(), c.anonymise("12 March 2025").text());
    assertEquals(
        month + " " + d.getDayOfMonth() + Dates.ordinal(d.getDayOfMonth()),
        c.anonymise("March 12th").text());
    assertEquals(
        d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear() % 100,
        c.anonymise("12.3.25").text());
    assertEquals(
        String.format("%d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()),
        c.anonymise("2025-03-12").text());
    assertEquals(
        (d.getDayOfMonth() + " " + month.substring(0, 3)).toUpperCase(Locale.ROOT),
        c.anonymise("12 MAR").text());
    // Intervals survive.
    String two = c.anonymise("from 1/4/2025 to 15/4/2025").text();
    String[] dates = two.replace("from ", "").split(" to ");
    java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("d/M/yyyy");
    assertEquals(
        14,
        java.time.temporal.ChronoUnit.DAYS.between(
            LocalDate.parse(dates[0], f), LocalDate.parse(dates[1], f)));
  }

  @Test
  void datesOfBirthBecomeAgeBands() {
    assertEquals("DOB: aged 80 to 84.", run("DOB: 12/03/1941."));
    assertEquals("Date of birth aged 80 to 84", run("Date of birth 12 March 1941"));
    assertEquals("She was aged 80 to 84 in Leeds.", run("She was born on 12 March 1941 in Leeds."));
    // Equal to the known date of birth, even without a cue.
    assertEquals("On aged 80 to 84 she", run("On 12.03.41 she"));
    assertEquals("(aged over 90)", run("(born 1/1/1930)"));
    assertEquals("aged over 90", Dates.band(93));
    assertEquals("aged 65 to 69", Dates.band(65));
  }

  @Test
  void agesOfNinetyAndOverBecomeOverNinety() {
    assertEquals(
        "She is over 90 and well; an over-90-year-old.", run("She is 93 and well; a 93-year-old."));
    assertEquals(
        "aged over 90, over 90 years old, her 90-plus birthday",
        run("aged 101, 95 years old, her 100th birthday"));
    assertEquals("aged 89 and 93 mg", run("aged 89 and 93 mg"));
    assertEquals("She is 89; her husband is over 90.", run("She is 89; her husband is 94."));
  }

  @Test
  void addressesPostcodesAndWards() {
    assertEquals(
        "[address] [postcode], [address] and [address]; [street]; the [ward] meeting.",
        run(
            "14 Mill Lane, Hebden Bridge HX7 8AB, Flat 3, 22 Church Street and 5 The Crescent;"
                + " Mill Lane; the Calder ward meeting."));
    assertEquals("Lives in [postcode].", run("Lives in HX7."));
  }

  @Test
  void structuredIdentifiersBecomePlainBracketedWords() {
    assertEquals(
        "NHS [NHS number], NI [NI number], [phone number], [email address].",
        run("NHS 943 476 5919, NI QQ 12 34 56 C, 07700 900123, a.b@example.com."));
    assertEquals(
        "TEL: [PHONE NUMBER] EMAIL [EMAIL ADDRESS]",
        run("TEL: 07700 900123 EMAIL A.B@EXAMPLE.COM"));
  }

  @Test
  void rareDetailsAreFlaggedAtTheirPlaceInTheOutput() {
    Result r =
        ANONYMISER
            .open(margaret())
            .anonymise("Margaret Ellis was a lighthouse keeper and goes to Elm Tree Day Centre.");
    List<String> flagged =
        r.flags().stream().map(f -> r.text().substring(f.start(), f.end())).toList();
    assertTrue(flagged.contains("lighthouse keeper"), flagged.toString());
    assertTrue(flagged.contains("Elm Tree Day Centre"), flagged.toString());
    assertTrue(r.flags().stream().allMatch(f -> !f.reason().contains("Elm")));
  }

  @Test
  void offsetsPointIntoTheInputAndTheOutput() {
    String text = "😀 Café — Margaret\r\nEllis rang 07700 900123 on 3 March 2025. Zoë's Peggy.";
    Result r = ANONYMISER.open(margaret()).anonymise(text);
    StringBuilder rebuilt = new StringBuilder();
    int last = 0;
    for (Replacement x : r.replacements()) {
      rebuilt.append(text, last, x.start());
      assertEquals(rebuilt.length(), x.outStart());
      rebuilt.append(x.replacement());
      assertEquals(x.replacement(), r.text().substring(x.outStart(), x.outEnd()));
      last = x.end();
    }
    rebuilt.append(text.substring(last));
    assertEquals(r.text(), rebuilt.toString());
    assertTrue(r.text().startsWith("😀 Café — "), r.text());
  }

  @Test
  void nothingPersonalReachesToString() {
    Result r = ANONYMISER.open(margaret()).anonymise("Margaret Ellis, 14 Mill Lane");
    for (Replacement x : r.replacements()) {
      assertFalse(x.toString().contains("Margaret") || x.toString().contains("Mill"), x.toString());
    }
    assertFalse(margaret().toString().contains("Margaret"));
    assertFalse(margaret().people().get(0).toString().contains("Margaret"));
    assertFalse(margaret().addresses().get(0).toString().contains("Mill"));
  }

  @Test
  void theRestConvenienceTreatsTheNamesAsKnown() {
    Result r =
        ANONYMISER.anonymise("Mr Zhang and Wiremu Tane met Bill.", List.of("Wiremu Tane", "Zhang"));
    assertFalse(
        hasWord(r.text(), "Wiremu") || hasWord(r.text(), "Tane") || hasWord(r.text(), "Zhang"),
        r.text());
    assertTrue(r.replacements().stream().anyMatch(x -> x.kind() == Kind.KNOWN_NAME));
    assertEquals(
        r.text(),
        ANONYMISER
            .anonymise("Mr Zhang and Wiremu Tane met Bill.", List.of("Zhang", "Wiremu Tane"))
            .text());
  }

  @Test
  void emptyAndNullTexts() {
    assertEquals("", ANONYMISER.open(margaret()).anonymise(null).text());
    assertEquals("", ANONYMISER.open(margaret()).anonymise("").text());
  }

  @Test
  void theShippedListsAreLargeEnough() {
    int[] sizes = NameLists.shipped().sizes();
    assertTrue(sizes[0] >= 800, "first names " + sizes[0]);
    assertTrue(sizes[1] >= 800, "surnames " + sizes[1]);
  }
}
