package org.casebook.asset.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.OpeningTime;

/** Documents and assets the Open Referral UK tests share. */
final class OrukSamples {

  static final String PAGE = "/oruk-samples/ashford-vale-page.json";
  static final String LUNCH_CLUB = "1f0c6a52-6a0e-4c39-9a59-3c2f0b7d1a01";
  static final String GARDEN = "1f0c6a52-6a0e-4c39-9a59-3c2f0b7d1b01";
  static final String KNIT = "1f0c6a52-6a0e-4c39-9a59-3c2f0b7d1c01";
  static final Instant NOW = Instant.parse("2026-11-02T10:15:30.120Z");

  private OrukSamples() {}

  static InputStream stream(String resource) {
    return OrukSamples.class.getResourceAsStream(resource);
  }

  static JsonNode json(String resource) {
    try (InputStream in = stream(resource)) {
      return OrukJson.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(String resource, String id) {
    for (JsonNode service : json(resource).path("contents")) {
      if (id.equals(service.path("id").asText())) {
        return service;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** Everything filled in, as an editor would type it. */
  static AssetDetails full() {
    return new AssetDetails(
        "Ashford Vale Walking Group",
        "Gentle walks of about an hour, finishing with tea.\n\nWalks go ahead in light rain.",
        AssetCategory.ASSOCIATIONS,
        List.of("fresh air", "walking"),
        "Anyone who can walk for an hour at an easy pace",
        18,
        99,
        "The Old Forge, Brook End, Ashford Vale",
        "AV1 2NB",
        "Brook End",
        51.1465,
        0.875,
        List.of(
            new OpeningTime(DayOfWeek.MONDAY, LocalTime.of(10, 0), LocalTime.of(11, 30)),
            new OpeningTime(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(11, 30)),
            new OpeningTime(DayOfWeek.SATURDAY, LocalTime.of(14, 0), LocalTime.of(16, 0))),
        "Not on bank holidays",
        true,
        "Donations welcome",
        "The route is flat; there are benches every half mile",
        "Pat, the walk leader",
        "01632 960 202",
        "walks@example.org",
        "https://example.org/walks",
        true);
  }

  /** Only what an editor must fill in. */
  static AssetDetails bare() {
    return new AssetDetails(
        "Good Neighbours",
        null,
        AssetCategory.INDIVIDUALS,
        List.of(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(),
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        true);
  }

  static Asset asset(AssetDetails details) {
    Asset asset =
        new Asset(
            details,
            Asset.Source.CASEBOOK,
            "7d1f4c0e-2b6a-4f7e-8a55-0c9d3e2b1a10",
            "it.editor",
            NOW);
    asset.verify("it.editor", LocalDate.of(2026, 10, 1), NOW);
    return asset;
  }
}
