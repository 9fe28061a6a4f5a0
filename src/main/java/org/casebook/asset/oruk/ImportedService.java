package org.casebook.asset.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.OpeningTime;
import org.casebook.person.Postcode;
import org.casebook.platform.Texts;

/**
 * One Open Referral UK service read into Casebook's terms. Pure mapping, no container; the service
 * is expected to have passed the schema already, and anything optional may be missing.
 *
 * <p>What Casebook cannot hold is left out rather than refused: only the first location, the first
 * phone number Casebook accepts, weekly sessions as opening times (other schedules go into the
 * opening notes). Long free text is shortened to what Casebook keeps, ending in "…". The category
 * comes from Casebook's own vocabulary when the service has it, otherwise from common words in its
 * taxonomy terms, otherwise "associations"; the other terms become tags. The ward is left for the
 * service layer to find from the postcode.
 *
 * @param id the service's id, lower case
 * @param name the service's name as given
 * @param active whether the service's status is "active"
 * @param summary whether it came as a list item without its nested parts: then only its one-to-one
 *     fields say anything, and the rest of an existing asset is kept
 * @param details what Casebook will keep (published, ward left for the caller)
 * @param assuredDate when the source last checked the service, or null
 */
public record ImportedService(
    String id,
    String name,
    boolean active,
    boolean summary,
    AssetDetails details,
    LocalDate assuredDate) {

  /** Parts that only a whole service has; a service with none of them is a list item. */
  static final List<String> NESTED =
      List.of(
          "schedules",
          "service_at_locations",
          "contacts",
          "cost_options",
          "attributes",
          "phones",
          "eligibility_description");

  static final String ELLIPSIS = "…";

  private static final Pattern TIME = Pattern.compile("^(\\d{1,2}):(\\d{2})");
  private static final Pattern WEB = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY = Pattern.compile("(MO|TU|WE|TH|FR|SA|SU)");
  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "MO", DayOfWeek.MONDAY,
          "TU", DayOfWeek.TUESDAY,
          "WE", DayOfWeek.WEDNESDAY,
          "TH", DayOfWeek.THURSDAY,
          "FR", DayOfWeek.FRIDAY,
          "SA", DayOfWeek.SATURDAY,
          "SU", DayOfWeek.SUNDAY);

  /** Common words in other directories' taxonomies, and the kind of asset they suggest. */
  private static final Map<AssetCategory, Pattern> CATEGORY_WORDS = categoryWords();

  private static Map<AssetCategory, Pattern> categoryWords() {
    Map<AssetCategory, Pattern> words = new EnumMap<>(AssetCategory.class);
    words.put(
        AssetCategory.INDIVIDUALS,
        words("befriending", "befriender", "neighbour", "neighbours", "mentor", "mentoring"));
    words.put(
        AssetCategory.ASSOCIATIONS,
        words("club", "clubs", "group", "groups", "association", "society", "faith", "church"));
    words.put(
        AssetCategory.INSTITUTIONS,
        words(
            "library",
            "school",
            "college",
            "university",
            "surgery",
            "gp",
            "hospital",
            "pharmacy",
            "nhs",
            "council",
            "health centre",
            "care home",
            "police"));
    words.put(
        AssetCategory.PHYSICAL_SPACES,
        words(
            "park",
            "parks",
            "garden",
            "gardens",
            "gardening",
            "allotment",
            "allotments",
            "hall",
            "community centre",
            "green space",
            "woodland",
            "playground"));
    words.put(
        AssetCategory.ECONOMIC,
        words(
            "employment",
            "jobs",
            "job",
            "work",
            "money",
            "debt",
            "benefits",
            "credit union",
            "business",
            "volunteering",
            "food bank"));
    words.put(
        AssetCategory.CULTURAL,
        words(
            "art",
            "arts",
            "music",
            "choir",
            "singing",
            "heritage",
            "history",
            "museum",
            "theatre",
            "dance",
            "crafts",
            "culture",
            "cultural",
            "film"));
    return words;
  }

  private static Pattern words(String... words) {
    return Pattern.compile("\\b(" + String.join("|", words) + ")\\b");
  }

  /** Reads a service (a whole one or a list item). */
  public static ImportedService from(JsonNode service) {
    String id = text(service, "id");
    String normalisedId = id == null ? null : normaliseId(id);
    String name = text(service, "name");
    boolean active = "active".equalsIgnoreCase(text(service, "status"));
    boolean summary = NESTED.stream().noneMatch(service::has);

    JsonNode location = firstLocation(service);
    JsonNode address = firstAddress(location);
    String postcode = null;
    List<String> addressLines = new ArrayList<>();
    if (address != null) {
      for (String field : List.of("address_1", "address_2", "city", "region", "state_province")) {
        String line = Texts.oneLine(text(address, field));
        if (line != null && !addressLines.contains(line)) {
          addressLines.add(line);
        }
      }
      String code = Texts.oneLine(text(address, "postal_code"));
      if (code != null && Postcode.isValid(code)) {
        postcode = code;
      } else if (code != null) {
        addressLines.add(code);
      }
    }
    Double latitude = null;
    Double longitude = null;
    if (location != null
        && location.path("latitude").isNumber()
        && location.path("longitude").isNumber()) {
      double lat = location.get("latitude").asDouble();
      double lng = location.get("longitude").asDouble();
      boolean nowhere = lat == 0 && lng == 0;
      if (!nowhere && lat >= -90 && lat <= 90 && lng >= -180 && lng <= 180) {
        latitude = lat;
        longitude = lng;
      }
    }

    Schedules schedules = schedules(service);
    Cost cost = cost(service);
    Integer minimumAge = age(service.path("minimum_age"));
    Integer maximumAge = age(service.path("maximum_age"));
    if (minimumAge != null && maximumAge != null && maximumAge < minimumAge) {
      maximumAge = null;
    }
    Terms terms = terms(service);

    AssetDetails details =
        new AssetDetails(
            Texts.oneLine(name),
            fit(text(service, "description"), AssetDetails.DESCRIPTION_MAX),
            terms.category(),
            terms.tags(),
            fit(text(service, "eligibility_description"), AssetDetails.FOR_WHOM_MAX),
            minimumAge,
            maximumAge,
            fit(
                addressLines.isEmpty() ? null : String.join(", ", addressLines),
                AssetDetails.ADDRESS_MAX),
            postcode,
            null,
            latitude,
            longitude,
            schedules.times(),
            fit(schedules.notes(), AssetDetails.OPENING_NOTES_MAX),
            cost.free(),
            fit(cost.text(), AssetDetails.COST_MAX),
            fit(accessibility(location), AssetDetails.ACCESSIBILITY_MAX),
            contactName(service),
            phone(service),
            email(service),
            website(service),
            true);
    return new ImportedService(
        normalisedId, name, active, summary, details.tidy(), date(text(service, "assured_date")));
  }

  /** The same UUID however it was written; anything else as given. */
  static String normaliseId(String id) {
    try {
      return UUID.fromString(id.strip()).toString();
    } catch (IllegalArgumentException notAUuid) {
      return id.strip();
    }
  }

  /**
   * The details to keep for an asset that exists already: a list item only brings its one-to-one
   * fields; the asset's own choice whether to publish it always stays.
   */
  public AssetDetails onto(AssetDetails existing) {
    AssetDetails d = details;
    if (!summary) {
      return d.publishedAs(existing.published());
    }
    return new AssetDetails(
        d.name(),
        d.description(),
        existing.category(),
        existing.tags(),
        existing.forWhom(),
        d.minimumAge(),
        d.maximumAge(),
        existing.address(),
        existing.postcode(),
        existing.ward(),
        existing.latitude(),
        existing.longitude(),
        existing.openingTimes(),
        existing.openingNotes(),
        existing.free(),
        existing.cost(),
        existing.accessibility(),
        existing.contactName(),
        existing.phone(),
        d.email(),
        d.website(),
        existing.published());
  }

  /**
   * SHA-256 of a canonical form of what was read, so importing the same service again can be
   * recognised as "unchanged" without comparing field by field. Whether to publish is Casebook's
   * choice and the ward Casebook's lookup, so neither is part of it.
   */
  public String digest() {
    AssetDetails d = details.tidy();
    ObjectNode canonical = OrukJson.object();
    canonical.put("summary", summary);
    canonical.put("name", d.name());
    canonical.put("description", d.description());
    canonical.put("category", d.category() == null ? null : d.category().name());
    ArrayNode tags = canonical.putArray("tags");
    d.tags().stream().sorted().forEach(tags::add);
    canonical.put("forWhom", d.forWhom());
    canonical.put("minimumAge", d.minimumAge());
    canonical.put("maximumAge", d.maximumAge());
    canonical.put("address", d.address());
    canonical.put("postcode", d.postcode());
    canonical.put("latitude", d.latitude());
    canonical.put("longitude", d.longitude());
    ArrayNode times = canonical.putArray("openingTimes");
    d.openingTimes().forEach(t -> times.add(t.day() + " " + t.opens() + "-" + t.closes()));
    canonical.put("openingNotes", d.openingNotes());
    canonical.put("free", d.free());
    canonical.put("cost", d.cost());
    canonical.put("accessibility", d.accessibility());
    canonical.put("contactName", d.contactName());
    canonical.put("phone", d.phone());
    canonical.put("email", d.email());
    canonical.put("website", d.website());
    canonical.put("assuredDate", assuredDate == null ? null : assuredDate.toString());
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  // --- parts ---------------------------------------------------------------------------------

  private static JsonNode firstLocation(JsonNode service) {
    JsonNode withPlace = null;
    for (JsonNode at : service.path("service_at_locations")) {
      JsonNode location = at.path("location");
      if (!location.isObject()) {
        continue;
      }
      if (withPlace == null) {
        withPlace = location;
      }
      if (!"virtual".equals(text(location, "location_type"))) {
        return location;
      }
    }
    return withPlace;
  }

  private static JsonNode firstAddress(JsonNode location) {
    if (location == null) {
      return null;
    }
    JsonNode first = null;
    for (JsonNode address : location.path("addresses")) {
      if (!address.isObject()) {
        continue;
      }
      if (first == null) {
        first = address;
      }
      if ("physical".equals(text(address, "address_type"))) {
        return address;
      }
    }
    return first;
  }

  private static String accessibility(JsonNode location) {
    if (location == null) {
      return null;
    }
    Set<String> parts = new LinkedHashSet<>();
    for (JsonNode a : location.path("accessibility")) {
      for (String field : List.of("description", "accessibility", "details")) {
        String text = Texts.keepLines(text(a, field));
        if (text != null) {
          parts.add(text);
        }
      }
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  record Schedules(List<OpeningTime> times, String notes) {}

  /** Weekly sessions become opening times; anything else, and every description, the notes. */
  private static Schedules schedules(JsonNode service) {
    List<JsonNode> all = new ArrayList<>();
    service.path("schedules").forEach(all::add);
    for (JsonNode at : service.path("service_at_locations")) {
      at.path("schedules").forEach(all::add);
      at.path("location").path("schedules").forEach(all::add);
    }
    List<OpeningTime> times = new ArrayList<>();
    Set<String> notes = new LinkedHashSet<>();
    for (JsonNode schedule : all) {
      List<OpeningTime> weekly = weekly(schedule);
      if (weekly != null) {
        times.addAll(weekly);
      } else {
        String unreadable = describe(schedule);
        if (unreadable != null && text(schedule, "description") == null) {
          notes.add(unreadable);
        }
      }
      for (String field : List.of("description", "notes")) {
        String text = Texts.keepLines(text(schedule, field));
        if (text != null) {
          notes.add(text);
        }
      }
    }
    return new Schedules(times, notes.isEmpty() ? null : String.join("\n", notes));
  }

  /** The sessions of a weekly schedule, or null when it is not one Casebook can keep as such. */
  private static List<OpeningTime> weekly(JsonNode schedule) {
    String freq = text(schedule, "freq");
    JsonNode interval = schedule.path("interval");
    String byday = text(schedule, "byday");
    Optional<LocalTime> opens = time(text(schedule, "opens_at"));
    Optional<LocalTime> closes = time(text(schedule, "closes_at"));
    if ((freq != null && !"WEEKLY".equalsIgnoreCase(freq))
        || (interval.isNumber() && interval.asDouble() != 1)
        || byday == null
        || opens.isEmpty()
        || closes.isEmpty()) {
      return null;
    }
    LocalTime open = opens.get();
    LocalTime close = closes.get().equals(LocalTime.MIDNIGHT) ? LocalTime.of(23, 59) : closes.get();
    if (!close.isAfter(open)) {
      return null;
    }
    List<OpeningTime> sessions = new ArrayList<>();
    for (String day : byday.toUpperCase(Locale.ROOT).split(",")) {
      Matcher m = DAY.matcher(day.strip());
      if (!m.matches()) {
        return null;
      }
      sessions.add(new OpeningTime(DAYS.get(m.group(1)), open, close));
    }
    return sessions;
  }

  /** A schedule Casebook cannot keep as opening times, in words ("MONTHLY 2MO 10:00–12:00"). */
  private static String describe(JsonNode schedule) {
    List<String> parts = new ArrayList<>();
    for (String field : List.of("freq", "byday", "bymonthday")) {
      String text = text(schedule, field);
      if (text != null) {
        parts.add(text);
      }
    }
    String opens = text(schedule, "opens_at");
    String closes = text(schedule, "closes_at");
    if (opens != null || closes != null) {
      parts.add((opens == null ? "" : opens) + "–" + (closes == null ? "" : closes));
    }
    return parts.isEmpty() ? null : String.join(" ", parts);
  }

  /** "10:00", "10:00:00", "10:00Z" or "10:00:00+01:00": the clock time as written. */
  static Optional<LocalTime> time(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = TIME.matcher(text.strip());
    if (!m.find()) {
      return Optional.empty();
    }
    int hours = Integer.parseInt(m.group(1));
    int minutes = Integer.parseInt(m.group(2));
    if (hours == 24 && minutes == 0) {
      return Optional.of(LocalTime.MIDNIGHT);
    }
    if (hours > 23 || minutes > 59) {
      return Optional.empty();
    }
    return Optional.of(LocalTime.of(hours, minutes));
  }

  record Cost(boolean free, String text) {}

  /** Free when an option costs nothing or says "free"; every other option becomes words. */
  private static Cost cost(JsonNode service) {
    boolean free = false;
    Set<String> texts = new LinkedHashSet<>();
    for (JsonNode option : service.path("cost_options")) {
      String label = Texts.oneLine(text(option, "option"));
      String description = Texts.keepLines(text(option, "amount_description"));
      JsonNode amount = option.path("amount");
      boolean nothing = amount.isNumber() && amount.decimalValue().signum() == 0;
      if (nothing || (label != null && label.equalsIgnoreCase(PublishedService.FREE))) {
        free = true;
        if (description != null) {
          texts.add(description);
        }
        continue;
      }
      List<String> parts = new ArrayList<>();
      if (label != null) {
        parts.add(label + (amount.isNumber() || description != null ? ":" : ""));
      }
      if (amount.isNumber()) {
        parts.add(pounds(amount.decimalValue()));
      }
      if (description != null) {
        parts.add(description);
      }
      if (!parts.isEmpty()) {
        texts.add(String.join(" ", parts));
      }
    }
    String fees = Texts.keepLines(text(service, "fees"));
    if (texts.isEmpty() && fees != null) {
      texts.add(fees);
    }
    return new Cost(free, texts.isEmpty() ? null : String.join("\n", texts));
  }

  /** £4.50, £12. */
  static String pounds(BigDecimal amount) {
    BigDecimal whole = amount.stripTrailingZeros();
    return "£"
        + (whole.scale() <= 0
            ? whole.setScale(0).toPlainString()
            : amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
  }

  record Terms(AssetCategory category, List<String> tags) {}

  private static Terms terms(JsonNode service) {
    AssetCategory ours = null;
    List<String> tags = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Map<AssetCategory, Integer> hits = new EnumMap<>(AssetCategory.class);
    for (JsonNode attribute : service.path("attributes")) {
      JsonNode term = attribute.path("taxonomy_term");
      String taxonomy = text(term, "taxonomy");
      String name = Texts.oneLine(text(term, "name"));
      if (PublishedService.CATEGORY_TAXONOMY.equals(taxonomy)) {
        Optional<AssetCategory> category = AssetCategory.fromCode(text(term, "term"));
        if (category.isEmpty()) {
          category = AssetCategory.fromCode(name);
        }
        if (ours == null && category.isPresent()) {
          ours = category.get();
        }
        continue;
      }
      if (name == null) {
        continue;
      }
      String lower = name.toLowerCase(Locale.UK);
      for (Map.Entry<AssetCategory, Pattern> words : CATEGORY_WORDS.entrySet()) {
        if (words.getValue().matcher(lower).find()) {
          hits.merge(words.getKey(), 1, Integer::sum);
        }
      }
      if (name.length() <= AssetDetails.TAG_MAX
          && seen.add(lower)
          && tags.size() < AssetDetails.TAGS_MAX) {
        tags.add(name);
      }
    }
    AssetCategory category = ours;
    if (category == null) {
      category =
          hits.entrySet().stream()
              .sorted(Map.Entry.<AssetCategory, Integer>comparingByValue().reversed())
              .map(Map.Entry::getKey)
              .findFirst()
              .orElse(AssetCategory.ASSOCIATIONS);
    }
    return new Terms(category, tags);
  }

  private static String contactName(JsonNode service) {
    for (JsonNode contact : service.path("contacts")) {
      String name = Texts.oneLine(text(contact, "name"));
      if (name != null && name.length() <= AssetDetails.CONTACT_NAME_MAX) {
        return name;
      }
    }
    return null;
  }

  /** The first number Casebook accepts as a phone number, from the service, contacts or place. */
  private static String phone(JsonNode service) {
    List<JsonNode> phones = new ArrayList<>();
    service.path("phones").forEach(phones::add);
    for (JsonNode contact : service.path("contacts")) {
      contact.path("phones").forEach(phones::add);
    }
    for (JsonNode at : service.path("service_at_locations")) {
      at.path("location").path("phones").forEach(phones::add);
    }
    for (JsonNode phone : phones) {
      String number = Texts.oneLine(text(phone, "number"));
      if (number != null && acceptable("phone", number)) {
        return number;
      }
    }
    return null;
  }

  private static String email(JsonNode service) {
    String email = text(service, "email");
    return email != null && acceptable("email", email) ? email : null;
  }

  private static String website(JsonNode service) {
    for (String url :
        new String[] {text(service, "url"), text(service.path("organization"), "website")}) {
      if (url != null && WEB.matcher(url).matches() && acceptable("website", url)) {
        return url;
      }
    }
    return null;
  }

  /** Whether Casebook's own rules accept this value for the field. */
  private static boolean acceptable(String field, String value) {
    AssetDetails probe =
        new AssetDetails(
            "probe",
            null,
            AssetCategory.ASSOCIATIONS,
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
            field.equals("phone") ? value : null,
            field.equals("email") ? value : null,
            field.equals("website") ? value : null,
            true);
    return !probe.problems().containsKey(field);
  }

  private static Integer age(JsonNode age) {
    if (!age.isNumber()) {
      return null;
    }
    double years = age.asDouble();
    if (years < 0 || years > AssetDetails.AGE_MAX) {
      return null;
    }
    return (int) Math.floor(years);
  }

  private static LocalDate date(String text) {
    if (text == null || text.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Free text cut to what Casebook keeps, ending in "…" when it had to be cut. */
  static String fit(String text, int max) {
    String kept = Texts.keepLines(text);
    if (kept == null || kept.length() <= max) {
      return kept;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isHighSurrogate(kept.charAt(end - 1))) {
      end--;
    }
    return kept.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /** A field's text, or null when it is missing, not text or blank. */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode value = node.path(field);
    if (!value.isTextual() || value.asText().isBlank()) {
      return null;
    }
    return value.asText().strip();
  }
}
