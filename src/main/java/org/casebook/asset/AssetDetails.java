package org.casebook.asset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casebook.person.Postcode;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;

/**
 * What an editor types about a community asset. {@link #problems()} checks it field by field, so
 * each message can be shown next to its own field and nothing typed is thrown away.
 *
 * @param name what people call it
 * @param description what happens there, in plain words
 * @param category one of the six kinds of asset
 * @param tags short words to find it by (gardening, lunch club, befriending)
 * @param forWhom who it is for: ages, conditions, anyone welcome
 * @param minimumAge the youngest age it is for, or null
 * @param maximumAge the oldest age it is for, or null
 * @param address where it is
 * @param postcode the postcode of where it is
 * @param ward the electoral ward it is in
 * @param latitude where it is on a map (WGS84), or null
 * @param longitude where it is on a map (WGS84), or null
 * @param openingTimes the sessions of an ordinary week
 * @param openingNotes what the sessions do not say ("term time only", "first Tuesday")
 * @param free whether it costs nothing to take part
 * @param cost what it costs, if anything
 * @param accessibility step-free access, hearing loop, toilets, parking
 * @param contactName who to ask for
 * @param phone a phone number
 * @param email an email address
 * @param website a web address
 * @param published whether it is shared in the published (Open Referral UK) directory
 */
public record AssetDetails(
    String name,
    String description,
    AssetCategory category,
    List<String> tags,
    String forWhom,
    Integer minimumAge,
    Integer maximumAge,
    String address,
    String postcode,
    String ward,
    Double latitude,
    Double longitude,
    List<OpeningTime> openingTimes,
    String openingNotes,
    boolean free,
    String cost,
    String accessibility,
    String contactName,
    String phone,
    String email,
    String website,
    boolean published) {

  public static final int NAME_MAX = 150;
  public static final int DESCRIPTION_MAX = 4000;
  public static final int TAG_MAX = 40;
  public static final int TAGS_MAX = 20;
  public static final int FOR_WHOM_MAX = 1000;
  public static final int ADDRESS_MAX = 300;
  public static final int WARD_MAX = 100;
  public static final int OPENING_NOTES_MAX = 500;
  public static final int COST_MAX = 500;
  public static final int ACCESSIBILITY_MAX = 2000;
  public static final int CONTACT_NAME_MAX = 150;
  public static final int PHONE_MAX = 40;
  public static final int EMAIL_MAX = 254;
  public static final int WEBSITE_MAX = 500;
  public static final int AGE_MAX = 120;

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,40}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern WEB =
      Pattern.compile("https?://[^\\s/$.?#][^\\s]*", Pattern.CASE_INSENSITIVE);

  public AssetDetails {
    tags = tags == null ? List.of() : List.copyOf(tags);
    openingTimes = openingTimes == null ? List.of() : List.copyOf(openingTimes);
  }

  /** Field name to what is wrong with it, in form order. */
  public Map<String, FieldProblem> problems() {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    if (Texts.isBlank(name)) {
      problems.put("name", new FieldProblem("asset.name.required"));
    }
    tooLong(problems, "name", name, NAME_MAX);
    tooLong(problems, "description", description, DESCRIPTION_MAX);
    if (category == null) {
      problems.put("category", new FieldProblem("asset.category.required"));
    }
    if (tags.size() > TAGS_MAX) {
      problems.put("tags", new FieldProblem("asset.tags.tooMany", TAGS_MAX));
    } else if (tags.stream().anyMatch(t -> t != null && t.strip().length() > TAG_MAX)) {
      problems.put("tags", new FieldProblem("asset.tags.tooLong", TAG_MAX));
    }
    tooLong(problems, "forWhom", forWhom, FOR_WHOM_MAX);
    age(problems, "minimumAge", minimumAge);
    age(problems, "maximumAge", maximumAge);
    if (minimumAge != null
        && maximumAge != null
        && !problems.containsKey("minimumAge")
        && !problems.containsKey("maximumAge")
        && minimumAge > maximumAge) {
      problems.put("maximumAge", new FieldProblem("asset.age.order"));
    }
    tooLong(problems, "address", address, ADDRESS_MAX);
    if (!Texts.isBlank(postcode) && !Postcode.isValid(postcode)) {
      problems.put("postcode", new FieldProblem("person.postcode.invalid"));
    }
    tooLong(problems, "ward", ward, WARD_MAX);
    if ((latitude == null) != (longitude == null)) {
      problems.put(
          latitude == null ? "latitude" : "longitude", new FieldProblem("asset.location.both"));
    } else if (latitude != null) {
      if (latitude.isNaN() || latitude < -90 || latitude > 90) {
        problems.put("latitude", new FieldProblem("asset.latitude.range"));
      }
      if (longitude.isNaN() || longitude < -180 || longitude > 180) {
        problems.put("longitude", new FieldProblem("asset.longitude.range"));
      }
    }
    tooLong(problems, "openingNotes", openingNotes, OPENING_NOTES_MAX);
    tooLong(problems, "cost", cost, COST_MAX);
    tooLong(problems, "accessibility", accessibility, ACCESSIBILITY_MAX);
    tooLong(problems, "contactName", contactName, CONTACT_NAME_MAX);
    if (!Texts.isBlank(phone) && !PHONE.matcher(phone.strip()).matches()) {
      problems.put("phone", new FieldProblem("asset.phone.invalid"));
    }
    tooLong(problems, "email", email, EMAIL_MAX);
    if (!Texts.isBlank(email)
        && !problems.containsKey("email")
        && !EMAIL.matcher(email.strip()).matches()) {
      problems.put("email", new FieldProblem("asset.email.invalid"));
    }
    tooLong(problems, "website", website, WEBSITE_MAX);
    if (!Texts.isBlank(website)
        && !problems.containsKey("website")
        && !WEB.matcher(website.strip()).matches()) {
      problems.put("website", new FieldProblem("asset.website.invalid"));
    }
    return problems;
  }

  /** The same details tidied for keeping: trimmed, blanks as null, tags lower case and unique. */
  public AssetDetails tidy() {
    return new AssetDetails(
        Texts.oneLine(name),
        Texts.keepLines(description),
        category,
        tidyTags(tags),
        Texts.keepLines(forWhom),
        minimumAge,
        maximumAge,
        Texts.keepLines(address),
        Texts.isBlank(postcode) ? null : Postcode.normalise(postcode).orElse(postcode.strip()),
        Texts.oneLine(ward),
        latitude,
        longitude,
        openingTimes.stream().sorted().distinct().toList(),
        Texts.keepLines(openingNotes),
        free,
        Texts.keepLines(cost),
        Texts.keepLines(accessibility),
        Texts.oneLine(contactName),
        Texts.oneLine(phone),
        Texts.isBlank(email) ? null : email.strip(),
        Texts.isBlank(website) ? null : website.strip(),
        published);
  }

  /** The same details placed in a ward and on the map. */
  public AssetDetails placed(String inWard, Double atLatitude, Double atLongitude) {
    return new AssetDetails(
        name,
        description,
        category,
        tags,
        forWhom,
        minimumAge,
        maximumAge,
        address,
        postcode,
        inWard,
        atLatitude,
        atLongitude,
        openingTimes,
        openingNotes,
        free,
        cost,
        accessibility,
        contactName,
        phone,
        email,
        website,
        published);
  }

  /** The same details, shared in the published directory or not. */
  public AssetDetails publishedAs(boolean shared) {
    return new AssetDetails(
        name,
        description,
        category,
        tags,
        forWhom,
        minimumAge,
        maximumAge,
        address,
        postcode,
        ward,
        latitude,
        longitude,
        openingTimes,
        openingNotes,
        free,
        cost,
        accessibility,
        contactName,
        phone,
        email,
        website,
        shared);
  }

  /** Tags as typed in one box, separated by commas or semicolons. */
  public static List<String> tagsFrom(String typed) {
    if (typed == null) {
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    for (String t : typed.split("[,;\\n]")) {
      String tag = Texts.oneLine(t);
      if (tag != null) {
        tags.add(tag);
      }
    }
    return tags;
  }

  static List<String> tidyTags(List<String> tags) {
    Set<String> kept = new LinkedHashSet<>();
    for (String t : tags) {
      String tag = Texts.oneLine(t);
      if (tag != null) {
        kept.add(tag.toLowerCase(Locale.UK));
      }
    }
    return List.copyOf(kept);
  }

  private static void age(Map<String, FieldProblem> problems, String field, Integer age) {
    if (age != null && (age < 0 || age > AGE_MAX)) {
      problems.put(field, new FieldProblem("asset.age.range", AGE_MAX));
    }
  }

  private static void tooLong(
      Map<String, FieldProblem> problems, String field, String value, int max) {
    if (value != null && Texts.storedLength(value) > max && !problems.containsKey(field)) {
      problems.put(field, new FieldProblem("field.tooLong", max));
    }
  }
}
