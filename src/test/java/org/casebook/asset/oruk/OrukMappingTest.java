package org.casebook.asset.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.OpeningTime;
import org.junit.jupiter.api.Test;

/** Open Referral UK services into Casebook's terms and back, without a server. */
class OrukMappingTest {

  private static OpeningTime session(DayOfWeek day, int opens, int closes) {
    return new OpeningTime(day, LocalTime.of(opens, 0), LocalTime.of(closes, 0));
  }

  /** The same details, with the ward (Casebook's lookup, never published) left out. */
  private static AssetDetails withoutWard(AssetDetails d) {
    AssetDetails t = d.tidy();
    return new AssetDetails(
        t.name(),
        t.description(),
        t.category(),
        t.tags(),
        t.forWhom(),
        t.minimumAge(),
        t.maximumAge(),
        t.address(),
        t.postcode(),
        null,
        t.latitude(),
        t.longitude(),
        t.openingTimes(),
        t.openingNotes(),
        t.free(),
        t.cost(),
        t.accessibility(),
        t.contactName(),
        t.phone(),
        t.email(),
        t.website(),
        t.published());
  }

  // --- reading ------------------------------------------------------------------------------

  @Test
  void aWholeServiceIsReadIntoEveryField() {
    ImportedService in =
        ImportedService.from(OrukSamples.json(OrukSamples.PAGE, OrukSamples.LUNCH_CLUB));
    AssetDetails d = in.details();

    assertEquals(OrukSamples.LUNCH_CLUB, in.id());
    assertTrue(in.active());
    assertFalse(in.summary());
    assertEquals("Mill Lane Lunch Club", d.name());
    assertEquals(
        "A hot two-course lunch and good company every week.\nTransport can be arranged.",
        d.description());
    assertEquals(AssetCategory.ASSOCIATIONS, d.category(), "\"Lunch clubs\" is a club");
    assertEquals(List.of("lunch clubs", "older people"), d.tags());
    assertEquals("Anyone over 55 who would like company at lunch", d.forWhom());
    assertEquals(55, d.minimumAge());
    assertNull(d.maximumAge());
    assertEquals("Mill Lane Methodist Hall, 12 Mill Lane, Ashford Vale", d.address());
    assertEquals("AV1 2NB", d.postcode());
    assertNull(d.ward(), "the ward is found from the postcode by the service layer");
    assertEquals(51.1465, d.latitude());
    assertEquals(0.875, d.longitude());
    assertEquals(
        List.of(session(DayOfWeek.TUESDAY, 12, 14), session(DayOfWeek.THURSDAY, 12, 14)),
        d.openingTimes());
    assertEquals("Closed in August", d.openingNotes());
    assertFalse(d.free());
    assertEquals("Lunch: £4.50 per meal", d.cost());
    assertEquals("Step-free entrance and an accessible toilet", d.accessibility());
    assertEquals("The club organiser", d.contactName());
    assertEquals("01632 960 101", d.phone());
    assertEquals("lunchclub@example.org", d.email());
    assertEquals("https://example.org/mill-lane-lunch-club", d.website());
    assertEquals(LocalDate.of(2026, 9, 14), in.assuredDate());
    assertTrue(d.problems().isEmpty(), () -> "Casebook accepts it: " + d.problems());
  }

  @Test
  void categoryComesFromCommonWordsAndOtherSchedulesBecomeNotes() {
    ImportedService in =
        ImportedService.from(OrukSamples.json(OrukSamples.PAGE, OrukSamples.GARDEN));
    AssetDetails d = in.details();
    assertEquals(AssetCategory.PHYSICAL_SPACES, d.category(), "\"Community gardens\"");
    assertTrue(d.free());
    assertNull(d.cost());
    assertEquals(List.of(session(DayOfWeek.SATURDAY, 10, 13)), d.openingTimes());
    assertEquals("MONTHLY 1WE 18:00–20:00", d.openingNotes());
    assertNull(d.address());
    assertNull(d.latitude());
  }

  @Test
  void aListItemIsASummaryAndAStatusOtherThanActiveIsClosed() {
    ImportedService in = ImportedService.from(OrukSamples.json(OrukSamples.PAGE, OrukSamples.KNIT));
    assertTrue(in.summary());
    assertFalse(in.active());
    assertEquals(
        AssetCategory.ASSOCIATIONS, in.details().category(), "with nothing to go on: associations");
  }

  @Test
  void aSummaryOnlyChangesItsOneToOneFieldsOfAnExistingAsset() {
    AssetDetails existing = OrukSamples.full();
    ObjectNode item = OrukJson.object();
    item.put("id", "7d1f4c0e-2b6a-4f7e-8a55-0c9d3e2b1a10");
    item.put("name", "Ashford Vale Walkers");
    item.put("status", "active");
    item.put("url", "https://example.org/walkers");
    AssetDetails merged = ImportedService.from(item).onto(existing.tidy());
    assertEquals(
        List.of("name", "description", "minimumAge", "maximumAge", "email", "website"),
        AssetChanges.between(existing, merged));
    assertEquals(existing.tidy().openingTimes(), merged.openingTimes());
    assertEquals("Brook End", merged.ward());
  }

  @Test
  void whatCasebookCannotHoldIsLeftOutNotRefused() {
    ObjectNode s = OrukJson.object();
    s.put("id", "AC148810-D857-441C-9679-408F346DE14B");
    s.put("name", "  Drop-in   café ");
    s.put("status", "active");
    s.put("description", "x".repeat(AssetDetails.DESCRIPTION_MAX + 10));
    s.put("url", "ftp://example.org/files");
    s.put("minimum_age", 16.5);
    s.put("maximum_age", 999);
    s.putArray("phones").addObject().put("id", "p").put("number", "call 01632 960 303 ext 4");
    s.putArray("contacts")
        .addObject()
        .put("id", "c")
        .putArray("phones")
        .addObject()
        .put("id", "p2")
        .put("number", "01632 960 404");
    ObjectNode location =
        s.putArray("service_at_locations").addObject().put("id", "l").putObject("location");
    location
        .put("id", "loc")
        .put("location_type", "physical")
        .put("latitude", 0)
        .put("longitude", 0);
    location
        .putArray("addresses")
        .addObject()
        .put("address_1", "1 High Street")
        .put("city", "Ashford Vale")
        .put("postal_code", "not a postcode");
    schedule(s, "WEEKLY", "MO", "09:00Z", "24:00");
    schedule(s, "WEEKLY", "2MO", "09:00", "10:00");

    ImportedService in = ImportedService.from(s);
    AssetDetails d = in.details();
    assertEquals("ac148810-d857-441c-9679-408f346de14b", in.id(), "ids in lower case");
    assertEquals("Drop-in café", d.name());
    assertEquals(AssetDetails.DESCRIPTION_MAX, d.description().length());
    assertTrue(d.description().endsWith("…"));
    assertNull(d.website(), "only web addresses");
    assertEquals(16, d.minimumAge());
    assertNull(d.maximumAge(), "999 means no upper age");
    assertEquals("01632 960 404", d.phone(), "the first number Casebook accepts");
    assertNull(d.latitude(), "0, 0 is nowhere");
    assertNull(d.postcode());
    assertEquals("1 High Street, Ashford Vale, not a postcode", d.address());
    assertEquals(
        List.of(new OpeningTime(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(23, 59))),
        d.openingTimes());
    assertEquals("WEEKLY 2MO 09:00–10:00", d.openingNotes());
    assertTrue(d.problems().isEmpty(), () -> d.problems().toString());
  }

  @Test
  void costsInWords() {
    assertEquals("£4.50", ImportedService.pounds(new BigDecimal("4.5")));
    assertEquals("£12", ImportedService.pounds(new BigDecimal("12.00")));
    assertEquals("£120", ImportedService.pounds(new BigDecimal("1.2E+2")));
  }

  @Test
  void timesAsOtherDirectoriesWriteThem() {
    assertEquals(LocalTime.of(9, 30), ImportedService.time("09:30").orElseThrow());
    assertEquals(LocalTime.of(9, 30), ImportedService.time("9:30:00").orElseThrow());
    assertEquals(LocalTime.of(17, 0), ImportedService.time("17:00Z").orElseThrow());
    assertEquals(LocalTime.of(17, 0), ImportedService.time("17:00:00+01:00").orElseThrow());
    assertEquals(LocalTime.MIDNIGHT, ImportedService.time("24:00").orElseThrow());
    assertTrue(ImportedService.time("25:00").isEmpty());
    assertTrue(ImportedService.time("noon").isEmpty());
  }

  // --- writing ------------------------------------------------------------------------------

  @Test
  void aWholeServiceCarriesEveryFieldInTheStandardsPlaces() {
    Asset asset = OrukSamples.asset(OrukSamples.full());
    JsonNode s = PublishedService.service(asset);

    assertEquals(asset.getPublicId(), s.path("id").asText());
    assertEquals("Ashford Vale Walking Group", s.path("name").asText());
    assertEquals("https://example.org/walks", s.path("url").asText());
    assertEquals("walks@example.org", s.path("email").asText());
    assertEquals("active", s.path("status").asText());
    assertEquals(18, s.path("minimum_age").asInt());
    assertEquals(99, s.path("maximum_age").asInt());
    assertEquals("2026-10-01", s.path("assured_date").asText());
    assertEquals("2026-11-02T10:15:30.120Z", s.path("last_modified").asText());
    assertEquals(
        "Anyone who can walk for an hour at an easy pace",
        s.path("eligibility_description").asText());
    assertEquals(s.path("organization_id"), s.path("organization").path("id"));

    JsonNode schedules = s.path("schedules");
    assertEquals(2, schedules.size(), "Monday and Wednesday share their times");
    assertEquals("WEEKLY", schedules.get(0).path("freq").asText());
    assertEquals("MO,WE", schedules.get(0).path("byday").asText());
    assertEquals("10:00", schedules.get(0).path("opens_at").asText());
    assertEquals("11:30", schedules.get(0).path("closes_at").asText());
    assertEquals("SA", schedules.get(1).path("byday").asText());
    assertEquals("Not on bank holidays", schedules.get(1).path("description").asText());

    JsonNode location = s.path("service_at_locations").get(0).path("location");
    assertEquals(51.1465, location.path("latitude").asDouble());
    JsonNode address = location.path("addresses").get(0);
    assertEquals("The Old Forge, Brook End", address.path("address_1").asText());
    assertEquals("Ashford Vale", address.path("city").asText());
    assertEquals("AV1 2NB", address.path("postal_code").asText());
    assertEquals("GB", address.path("country").asText());
    assertEquals(
        "The route is flat; there are benches every half mile",
        location.path("accessibility").get(0).path("description").asText());

    JsonNode cost = s.path("cost_options").get(0);
    assertEquals("Free", cost.path("option").asText());
    assertEquals(0, cost.path("amount").asInt());
    assertEquals("Donations welcome", cost.path("amount_description").asText());

    JsonNode contact = s.path("contacts").get(0);
    assertEquals("Pat, the walk leader", contact.path("name").asText());
    assertEquals("01632 960 202", contact.path("phones").get(0).path("number").asText());

    List<String> terms = new ArrayList<>();
    for (JsonNode a : s.path("attributes")) {
      JsonNode t = a.path("taxonomy_term");
      terms.add(t.path("taxonomy").asText() + ":" + t.path("term").asText());
    }
    assertEquals(
        List.of(
            "casebook-asset-category:associations",
            "casebook-asset-tag:fresh air",
            "casebook-asset-tag:walking"),
        terms);
  }

  @Test
  void idsOfNestedPartsAreStableAndSharedTermsShareIds() {
    Asset one = OrukSamples.asset(OrukSamples.full());
    assertEquals(PublishedService.service(one), PublishedService.service(one));
    String termId =
        PublishedService.service(one).path("attributes").get(0).path("taxonomy_term_id").asText();
    assertEquals(OrukJson.termId(PublishedService.CATEGORY_TAXONOMY, "associations"), termId);
  }

  @Test
  void aBareAssetStillMakesAServiceWithItsOrganisation() {
    JsonNode s = PublishedService.service(OrukSamples.asset(OrukSamples.bare()));
    assertFalse(s.has("service_at_locations"));
    assertFalse(s.has("schedules"));
    assertFalse(s.has("cost_options"));
    assertFalse(s.has("contacts"));
    assertFalse(s.has("description"), "no value, no field");
    assertEquals("", s.path("organization").path("description").asText());
    assertEquals(1, s.path("attributes").size());
  }

  @Test
  void aListItemHasOnlyOneToOneFields() {
    JsonNode item = PublishedService.listItem(OrukSamples.asset(OrukSamples.full()));
    for (String nested : ImportedService.NESTED) {
      assertFalse(item.has(nested), nested);
    }
    assertTrue(item.has("organization"));
  }

  @Test
  void addressesSplitIntoFirstLinesAndTown() {
    assertEquals(
        new PublishedService.Address("12 Mill Lane", "Ashford Vale", "AV1 2NB"),
        PublishedService.Address.of("12 Mill Lane, Ashford Vale", "AV1 2NB"));
    assertEquals(
        new PublishedService.Address("Flat 4, 30 Canal Street", "Ashford Vale", "AV1 3PQ"),
        PublishedService.Address.of("Flat 4\n30 Canal Street\nAshford Vale, AV1 3PQ", null));
    assertEquals(
        new PublishedService.Address("The Library", "", ""),
        PublishedService.Address.of("The Library", null),
        "no town unless the address has one");
  }

  // --- both ways ----------------------------------------------------------------------------

  @Test
  void anAssetPublishedAndImportedAgainHasTheSameDetails() {
    for (AssetDetails details : List.of(OrukSamples.full(), OrukSamples.bare())) {
      Asset asset = OrukSamples.asset(details);
      ImportedService back = ImportedService.from(PublishedService.service(asset));
      assertEquals(asset.getPublicId(), back.id());
      assertTrue(back.active());
      assertEquals(withoutWard(details), back.details());
      assertEquals(asset.getLastVerifiedOn(), back.assuredDate());
      assertEquals(List.of(), AssetChanges.between(withoutWard(details), back.details()));
    }
  }

  @Test
  void anImportedServicePublishedAgainKeepsItsContent() {
    JsonNode original = OrukSamples.json(OrukSamples.PAGE, OrukSamples.LUNCH_CLUB);
    ImportedService in = ImportedService.from(original);
    Asset asset =
        new Asset(in.details(), Asset.Source.OPEN_REFERRAL, in.id(), "it.editor", OrukSamples.NOW);
    ImportedService again = ImportedService.from(PublishedService.service(asset));
    assertEquals(in.details(), again.details());
  }

  @Test
  void theDigestIsStableAndChangesWithTheContent() {
    JsonNode service = OrukSamples.json(OrukSamples.PAGE, OrukSamples.LUNCH_CLUB);
    String digest = ImportedService.from(service).digest();
    assertEquals(64, digest.length());
    assertEquals(digest, ImportedService.from(service.deepCopy()).digest());
    assertEquals(digest, ImportedService.from(reversed((ObjectNode) service)).digest());

    ObjectNode changed = service.deepCopy();
    changed.put("email", "new@example.org");
    assertNotEquals(digest, ImportedService.from(changed).digest());

    ObjectNode reassured = service.deepCopy();
    reassured.put("assured_date", "2026-10-30");
    assertNotEquals(digest, ImportedService.from(reassured).digest(), "a newer check counts");
  }

  /** The same service with its fields in the opposite order. */
  private static ObjectNode reversed(ObjectNode service) {
    List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> i = service.fields(); i.hasNext(); ) {
      fields.add(i.next());
    }
    ObjectNode out = OrukJson.object();
    for (int i = fields.size() - 1; i >= 0; i--) {
      out.set(fields.get(i).getKey(), fields.get(i).getValue());
    }
    return out;
  }

  @Test
  void changesAreNamedByField() {
    AssetDetails before = OrukSamples.full();
    AssetDetails after =
        new AssetDetails(
            before.name(),
            before.description(),
            AssetCategory.CULTURAL,
            List.of("walking", "fresh air"),
            before.forWhom(),
            before.minimumAge(),
            before.maximumAge(),
            before.address(),
            before.postcode(),
            before.ward(),
            before.latitude(),
            0.9,
            before.openingTimes(),
            before.openingNotes(),
            false,
            before.cost(),
            before.accessibility(),
            before.contactName(),
            before.phone(),
            before.email(),
            before.website(),
            before.published());
    assertEquals(List.of("category", "location", "cost"), AssetChanges.between(before, after));
  }

  @Test
  void longTextIsCutWithAnEllipsis() {
    assertEquals("abc", ImportedService.fit("  abc ", 5));
    assertEquals("abcd…", ImportedService.fit("abcdefgh", 5));
    assertNull(ImportedService.fit("   ", 5));
  }

  private static void schedule(
      ObjectNode service, String freq, String byday, String opens, String closes) {
    ArrayNode schedules =
        service.has("schedules")
            ? (ArrayNode) service.get("schedules")
            : service.putArray("schedules");
    ObjectNode s = schedules.addObject();
    s.put("id", "s" + schedules.size());
    s.put("freq", freq);
    s.put("byday", byday);
    s.put("opens_at", opens);
    s.put("closes_at", closes);
  }
}
