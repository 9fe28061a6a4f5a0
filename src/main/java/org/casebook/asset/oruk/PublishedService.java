package org.casebook.asset.oruk;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.OpeningTime;
import org.casebook.person.Postcode;
import org.casebook.platform.Messages;
import org.casebook.platform.Texts;

/**
 * An asset in the shape of the Open Referral UK API: a whole service ({@code GET /services/{id}})
 * or one item of the paginated list. Pure mapping, no container.
 *
 * <p>Every nested object gets an id derived from the asset's public id, so answers are stable from
 * day to day. The category and the tags travel as taxonomy terms of Casebook's own vocabularies.
 * Casebook does not record who runs an asset, so the organisation the standard expects is the asset
 * itself. The phone number travels on the contact, as in HSDS 3.0, and who the asset is for as HSDS
 * 3.0's {@code eligibility_description}: the UK profile's schemas allow both.
 */
public final class PublishedService {

  /** Casebook's vocabulary for the six kinds of asset. */
  public static final String CATEGORY_TAXONOMY = "casebook-asset-category";

  /** Casebook's vocabulary for the tags editors give assets. */
  public static final String TAG_TAXONOMY = "casebook-asset-tag";

  static final String FREE = "Free";
  static final String COUNTRY = "GB";

  private static final DateTimeFormatter LAST_MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  private PublishedService() {}

  /** One item of {@code GET /services}: the one-to-one fields and the organisation. */
  public static ObjectNode listItem(Asset asset) {
    return oneToOne(asset);
  }

  /** {@code GET /services/{id}}: the service with everything nested in it. */
  public static ObjectNode service(Asset asset) {
    ObjectNode service = oneToOne(asset);
    put(service, "eligibility_description", asset.getForWhom());
    ArrayNode schedules = schedules(asset);
    if (!schedules.isEmpty()) {
      service.set("schedules", schedules);
    }
    ObjectNode location = location(asset);
    if (location != null) {
      ObjectNode at = service.putArray("service_at_locations").addObject();
      at.put("id", id(asset, "service-at-location"));
      at.put("service_id", asset.getPublicId());
      at.put("location_id", location.get("id").asText());
      at.set("location", location);
    }
    ArrayNode costs = costOptions(asset);
    if (!costs.isEmpty()) {
      service.set("cost_options", costs);
    }
    if (asset.getContactName() != null || asset.getPhone() != null) {
      ObjectNode contact = service.putArray("contacts").addObject();
      contact.put("id", id(asset, "contact"));
      contact.put("service_id", asset.getPublicId());
      put(contact, "name", asset.getContactName());
      if (asset.getPhone() != null) {
        ObjectNode phone = contact.putArray("phones").addObject();
        phone.put("id", id(asset, "phone"));
        phone.put("contact_id", id(asset, "contact"));
        phone.put("number", asset.getPhone());
      }
    }
    service.set("attributes", attributes(asset));
    return service;
  }

  private static ObjectNode oneToOne(Asset asset) {
    ObjectNode s = OrukJson.object();
    s.put("id", asset.getPublicId());
    s.put("organization_id", id(asset, "organization"));
    s.put("name", asset.getName());
    put(s, "description", asset.getDescription());
    put(s, "url", asset.getWebsite());
    put(s, "email", asset.getEmail());
    s.put("status", asset.isRetired() ? "inactive" : "active");
    if (asset.getMinimumAge() != null) {
      s.put("minimum_age", asset.getMinimumAge());
    }
    if (asset.getMaximumAge() != null) {
      s.put("maximum_age", asset.getMaximumAge());
    }
    if (asset.getLastVerifiedOn() != null) {
      s.put("assured_date", asset.getLastVerifiedOn().toString());
    }
    if (asset.getUpdatedAt() != null) {
      s.put("last_modified", lastModified(asset.getUpdatedAt()));
    }
    ObjectNode organization = s.putObject("organization");
    organization.put("id", id(asset, "organization"));
    organization.put("name", asset.getName());
    organization.put("description", asset.getDescription() == null ? "" : asset.getDescription());
    return s;
  }

  static String lastModified(Instant instant) {
    return LAST_MODIFIED.format(instant);
  }

  /** Sessions with the same times on several days become one weekly schedule for those days. */
  private static ArrayNode schedules(Asset asset) {
    ArrayNode schedules = OrukJson.NODES.arrayNode();
    Map<String, List<OpeningTime>> byTimes = new LinkedHashMap<>();
    for (OpeningTime t : asset.getOpeningTimes()) {
      byTimes.computeIfAbsent(t.opens() + "-" + t.closes(), k -> new ArrayList<>()).add(t);
    }
    for (Map.Entry<String, List<OpeningTime>> e : byTimes.entrySet()) {
      OpeningTime first = e.getValue().get(0);
      ObjectNode schedule = schedules.addObject();
      schedule.put("id", id(asset, "schedule/" + e.getKey()));
      schedule.put("service_id", asset.getPublicId());
      schedule.put("freq", "WEEKLY");
      schedule.put(
          "byday",
          e.getValue().stream()
              .map(t -> DAYS[t.day().getValue() - 1])
              .distinct()
              .collect(Collectors.joining(",")));
      schedule.put("opens_at", time(first.opens()));
      schedule.put("closes_at", time(first.closes()));
      put(schedule, "description", asset.getOpeningNotes());
    }
    if (schedules.isEmpty() && asset.getOpeningNotes() != null) {
      ObjectNode schedule = schedules.addObject();
      schedule.put("id", id(asset, "schedule/notes"));
      schedule.put("service_id", asset.getPublicId());
      schedule.put("description", asset.getOpeningNotes());
    }
    return schedules;
  }

  private static String time(LocalTime time) {
    return TIME.format(time);
  }

  private static ObjectNode location(Asset asset) {
    boolean hasAddress = asset.getAddress() != null || asset.getPostcode() != null;
    boolean hasPoint = asset.getLatitude() != null && asset.getLongitude() != null;
    if (!hasAddress && !hasPoint && asset.getAccessibility() == null) {
      return null;
    }
    String locationId = id(asset, "location");
    ObjectNode location = OrukJson.object();
    location.put("id", locationId);
    location.put("location_type", "physical");
    location.put("name", asset.getName());
    if (hasPoint) {
      location.put("latitude", asset.getLatitude());
      location.put("longitude", asset.getLongitude());
    }
    if (hasAddress) {
      Address parts = Address.of(asset.getAddress(), asset.getPostcode());
      ObjectNode address = location.putArray("addresses").addObject();
      address.put("id", id(asset, "address"));
      address.put("location_id", locationId);
      address.put("address_1", parts.firstLines());
      address.put("city", parts.city());
      address.put("state_province", "");
      address.put("postal_code", parts.postcode());
      address.put("country", COUNTRY);
      address.put("address_type", "physical");
    }
    if (asset.getAccessibility() != null) {
      ObjectNode access = location.putArray("accessibility").addObject();
      access.put("id", id(asset, "accessibility"));
      access.put("location_id", locationId);
      access.put("description", asset.getAccessibility());
    }
    return location;
  }

  /**
   * An address as the standard splits it. Casebook keeps an address as lines ("12 Mill Lane,
   * Ashford Vale"): the last line is the town, the others the first lines. A town is only given
   * when the address has one; a postcode typed at the end of the address moves to the postcode.
   */
  record Address(String firstLines, String city, String postcode) {
    static Address of(String address, String postcode) {
      List<String> lines = new ArrayList<>();
      if (address != null) {
        for (String line : address.split("[\\n,]")) {
          String kept = Texts.oneLine(line);
          if (kept != null) {
            lines.add(kept);
          }
        }
      }
      String code = postcode;
      if (!lines.isEmpty() && Postcode.isValid(lines.get(lines.size() - 1))) {
        String typed = lines.remove(lines.size() - 1);
        if (code == null) {
          code = Postcode.normalise(typed).orElse(typed);
        }
      }
      String city = lines.size() > 1 ? lines.remove(lines.size() - 1) : "";
      return new Address(String.join(", ", lines), city, code == null ? "" : code);
    }
  }

  private static ArrayNode costOptions(Asset asset) {
    ArrayNode costs = OrukJson.NODES.arrayNode();
    if (asset.isFree()) {
      ObjectNode free = costs.addObject();
      free.put("id", id(asset, "cost"));
      free.put("service_id", asset.getPublicId());
      free.put("option", FREE);
      free.put("amount", 0);
      put(free, "amount_description", asset.getCost());
    } else if (asset.getCost() != null) {
      ObjectNode cost = costs.addObject();
      cost.put("id", id(asset, "cost"));
      cost.put("service_id", asset.getPublicId());
      cost.put("amount_description", asset.getCost());
    }
    return costs;
  }

  private static ArrayNode attributes(Asset asset) {
    ArrayNode attributes = OrukJson.NODES.arrayNode();
    AssetCategory category = asset.getCategory();
    attributes.add(
        attribute(
            asset,
            CATEGORY_TAXONOMY,
            category.code(),
            Messages.text("oruk.category." + category.name()),
            Messages.text("oruk.category." + category.name() + ".description")));
    for (String tag : asset.getTags().stream().sorted().toList()) {
      attributes.add(attribute(asset, TAG_TAXONOMY, tag, tag, tag));
    }
    return attributes;
  }

  private static ObjectNode attribute(
      Asset asset, String taxonomy, String term, String name, String description) {
    String termId = OrukJson.termId(taxonomy, term);
    ObjectNode attribute = OrukJson.object();
    attribute.put("id", id(asset, "attribute/" + taxonomy + "/" + term));
    attribute.put("link_id", asset.getPublicId());
    attribute.put("taxonomy_term_id", termId);
    ObjectNode t = attribute.putObject("taxonomy_term");
    t.put("id", termId);
    t.put("name", name);
    t.put("description", description);
    t.put("taxonomy", taxonomy);
    t.put("term", term);
    return attribute;
  }

  private static String id(Asset asset, String part) {
    return OrukJson.derivedId(asset.getPublicId(), part);
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
