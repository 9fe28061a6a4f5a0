package org.casebook.asset.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.casebook.asset.oruk.OrukSchemas.Shape;
import org.junit.jupiter.api.Test;

/**
 * The standard's schemas, read from the classpath copies: they accept what Casebook publishes and
 * the sample directory, and refuse broken documents with a plain reason.
 */
class OrukSchemasTest {

  private static String joined(List<String> problems) {
    return String.join(" | ", problems);
  }

  @Test
  void whatCasebookPublishesFollowsTheStandard() {
    for (var details : List.of(OrukSamples.full(), OrukSamples.bare())) {
      var asset = OrukSamples.asset(details);
      JsonNode service = PublishedService.service(asset);
      assertEquals(List.of(), OrukSchemas.problems(Shape.SERVICE, service));
      JsonNode item = PublishedService.listItem(asset);
      assertEquals(List.of(), OrukSchemas.problems(Shape.SERVICE_LIST_ITEM, item));
    }
  }

  @Test
  void aPageOfTheListFollowsTheOpenApiDescription() {
    ObjectNode page = OrukJson.object();
    page.put("total_items", 1);
    page.put("total_pages", 1);
    page.put("page_number", 1);
    page.put("size", 1);
    page.put("first_page", true);
    page.put("last_page", true);
    page.put("empty", false);
    page.putArray("contents").add(PublishedService.listItem(OrukSamples.asset(OrukSamples.full())));
    assertEquals(List.of(), OrukSchemas.problems(Shape.SERVICE_PAGE, page));

    page.put("total_pages", "one");
    ((ObjectNode) page.get("contents").get(0)).put("status", "open");
    String problems = joined(OrukSchemas.problems(Shape.SERVICE_PAGE, page));
    assertTrue(problems.contains("total_pages"), problems);
    assertTrue(problems.contains("contents[0].status"), problems);
  }

  @Test
  void theSampleDirectoryIsValidApartFromItsBrokenService() {
    JsonNode page = OrukSamples.json(OrukSamples.PAGE);
    List<String> problems = OrukSchemas.problems(Shape.SERVICE_PAGE, page);
    assertEquals(1, problems.size(), joined(problems));
    assertTrue(problems.get(0).startsWith("contents[3].id"), joined(problems));
    assertTrue(
        OrukSchemas.isValid(
            Shape.SERVICE, OrukSamples.json(OrukSamples.PAGE, OrukSamples.LUNCH_CLUB)));
  }

  @Test
  void brokenServicesAreRefusedWithPlainReasons() {
    ObjectNode broken = OrukJson.object();
    broken.put("id", "42");
    broken.put("status", "open");
    broken.put("email", "not an email");
    broken.put("minimum_age", "twelve");
    broken.putArray("contacts").addObject().put("name", "No id");
    List<String> problems = OrukSchemas.problems(Shape.SERVICE, broken);
    assertEquals(OrukSchemas.MAX_PROBLEMS, problems.size(), "only the first few");
    String text = joined(problems);
    assertTrue(text.contains("contacts[0]: required property 'id' not found"), text);
    assertTrue(text.contains("email: does not match the email pattern"), text);
    assertTrue(text.contains("id: does not match the uuid pattern"), text);
    assertTrue(text.contains("minimum_age: string found, number expected"), text);
    assertTrue(text.contains("required property 'name' not found"), text);
    assertFalse(text.contains("$"), "no JSON path jargon: " + text);
  }

  @Test
  void nestedPartsAreCheckedToo() {
    ObjectNode service = PublishedService.service(OrukSamples.asset(OrukSamples.full())).deepCopy();
    ((ObjectNode) service.path("service_at_locations").get(0).path("location"))
        .put("location_type", "spaceship");
    ((ObjectNode) service.path("schedules").get(0)).put("freq", "HOURLY");
    String text = joined(OrukSchemas.problems(Shape.SERVICE, service));
    assertTrue(text.contains("service_at_locations[0].location.location_type"), text);
    assertTrue(text.contains("schedules[0].freq"), text);
  }

  @Test
  void theApiDescriptionOfItselfIsChecked() {
    ObjectNode meta = OrukJson.object();
    meta.put("version", "3.0");
    meta.put("profile", "https://github.com/OpenReferralUK/uk-profile");
    meta.put("openapi_url", "http://localhost:8080/api/oruk/openapi.json");
    assertTrue(OrukSchemas.isValid(Shape.API_META, meta));
    meta.put("openapi_url", "not a web address");
    assertFalse(OrukSchemas.isValid(Shape.API_META, meta));
  }
}
