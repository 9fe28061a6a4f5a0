package org.casebook.asset.oruk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.casebook.asset.oruk.OrukDocument.Shape;
import org.junit.jupiter.api.Test;

/** Reading the services out of each accepted shape of document, and refusing the rest. */
class OrukDocumentTest {

  private static ByteArrayInputStream text(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  private static List<String> names(String json) throws OrukDocument.Unreadable {
    List<String> names = new ArrayList<>();
    OrukDocument.read(text(json), s -> names.add(s.path("name").asText("?")));
    return names;
  }

  private static String refused(String json) {
    return assertThrows(OrukDocument.Unreadable.class, () -> OrukDocument.scan(text(json)))
        .messageKey();
  }

  @Test
  void aPageOfAnApi() throws Exception {
    OrukDocument.Summary summary = OrukDocument.scan(OrukSamples.stream(OrukSamples.PAGE));
    assertEquals(Shape.PAGE, summary.shape());
    assertEquals(4, summary.services());
    assertEquals(
        List.of("a", "b"),
        names(
            "{\"total_items\": 2, \"contents\": [{\"name\":\"a\"},{\"name\":\"b\"}], \"size\": 2}"));
  }

  @Test
  void aListOfServices() throws Exception {
    assertEquals(
        List.of("a", "b", "c"), names("[{\"name\":\"a\"},{\"name\":\"b\"},{\"name\":\"c\"}]"));
    assertEquals(new OrukDocument.Summary(Shape.LIST, 0), OrukDocument.scan(text("[]")));
  }

  @Test
  void aSingleService() throws Exception {
    List<JsonNode> services = new ArrayList<>();
    Shape shape =
        OrukDocument.read(
            text("{\"id\":\"x\",\"name\":\"Solo\",\"schedules\":[{\"id\":\"s\"}]}"), services::add);
    assertEquals(Shape.SINGLE, shape);
    assertEquals(1, services.size());
    assertEquals("Solo", services.get(0).path("name").asText());
    assertEquals("s", services.get(0).path("schedules").get(0).path("id").asText());
  }

  @Test
  void itemsThatAreNotObjectsAreHandedOverToBeRejected() throws Exception {
    List<JsonNode> services = new ArrayList<>();
    OrukDocument.read(text("[{\"name\":\"a\"}, 42, \"b\"]"), services::add);
    assertEquals(3, services.size());
  }

  @Test
  void documentsThatAreNotServicesAreRefusedPlainly() {
    assertEquals("oruk.import.file.empty", refused(""));
    assertEquals("oruk.import.file.empty", refused("   \n"));
    assertEquals("oruk.import.file.notJson", refused("services,name\n1,Lunch club"));
    assertEquals("oruk.import.file.notJson", refused("[{\"name\":\"a\"},{\"name\":"));
    assertEquals("oruk.import.file.notJson", refused("{\"contents\": [{}]} trailing"));
    assertEquals("oruk.import.file.notServices", refused("42"));
    assertEquals("oruk.import.file.contentsNotList", refused("{\"contents\": {\"name\":\"a\"}}"));
    assertEquals("oruk.import.file.tooDeep", refused("[".repeat(2000) + "]".repeat(2000)));
  }
}
