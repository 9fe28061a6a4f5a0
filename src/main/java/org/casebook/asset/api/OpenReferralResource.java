package org.casebook.asset.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.casebook.asset.Asset;
import org.casebook.asset.oruk.OrukSchemas;
import org.casebook.asset.oruk.PublishedDirectory;
import org.casebook.asset.oruk.PublishedService;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.api.InvalidInput;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The published community asset directory as an Open Referral UK API, for other council systems and
 * social prescribing tools. Open to anyone without signing in (web.xml leaves {@code /api/oruk/*}
 * unprotected): it only ever shows assets an editor chose to publish, and never anything about
 * people. {@code casebook.oruk.publish=false} turns it off (every address 404). Every answer is
 * checked against the standard's schemas; a mismatch is logged, not refused.
 */
@Path("oruk")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpenReferralResource {

  private static final Logger LOG = Logger.getLogger(OpenReferralResource.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The version of the data standard (HSDS, UK profile) the API follows. */
  static final String VERSION = "3.0";

  static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";
  static final int PER_PAGE = 50;
  static final int PER_PAGE_MAX = 200;

  @Inject PublishedDirectory directory;
  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "casebook.oruk.publish", defaultValue = "true")
  boolean publish;

  /** {@code GET /api/oruk/}: what this API is. */
  @GET
  public Response meta() {
    requirePublished();
    ObjectNode meta = JSON.createObjectNode();
    meta.put("version", VERSION);
    meta.put("profile", PROFILE);
    meta.put("openapi_url", uri.getBaseUriBuilder().path("oruk/openapi.json").build().toString());
    return answer(OrukSchemas.Shape.API_META, meta);
  }

  /** The standard's OpenAPI description of this API, as Casebook keeps it. */
  @GET
  @Path("openapi.json")
  public Response openapi() {
    requirePublished();
    try (InputStream in =
        OpenReferralResource.class.getClassLoader().getResourceAsStream("oruk/openapi.json")) {
      return open(Response.ok(in.readAllBytes(), MediaType.APPLICATION_JSON_TYPE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code GET /api/oruk/services}: a page of published services, optionally found by text. */
  @GET
  @Path("services")
  public Response services(
      @QueryParam("page") String page,
      @QueryParam("per_page") String perPage,
      @QueryParam("search") String search) {
    requirePublished();
    Map<String, String> problems = new LinkedHashMap<>();
    int pageNumber = whole(page, 1, 1, Integer.MAX_VALUE / PER_PAGE_MAX, "page", problems);
    int size = whole(perPage, PER_PAGE, 1, PER_PAGE_MAX, "per_page", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    PublishedDirectory.Page found = directory.page(search, pageNumber, size);
    long totalPages = (found.total() + size - 1) / size;
    ObjectNode body = JSON.createObjectNode();
    body.put("total_items", found.total());
    body.put("total_pages", totalPages);
    body.put("page_number", pageNumber);
    body.put("size", found.assets().size());
    body.put("first_page", pageNumber == 1);
    body.put("last_page", pageNumber >= totalPages);
    body.put("empty", found.assets().isEmpty());
    ArrayNode contents = body.putArray("contents");
    for (Asset asset : found.assets()) {
      contents.add(PublishedService.listItem(asset));
    }
    return answer(OrukSchemas.Shape.SERVICE_PAGE, body);
  }

  /** {@code GET /api/oruk/services/{id}}: one published service with everything in it. */
  @GET
  @Path("services/{id}")
  public Response service(@PathParam("id") String id) {
    requirePublished();
    Asset asset = directory.find(id).orElseThrow(() -> new NotFound("service"));
    return answer(OrukSchemas.Shape.SERVICE, PublishedService.service(asset));
  }

  private void requirePublished() {
    if (!publish) {
      throw new NotFound("oruk");
    }
  }

  private static Response answer(OrukSchemas.Shape shape, JsonNode body) {
    List<String> problems = OrukSchemas.problems(shape, body);
    if (!problems.isEmpty()) {
      // Answer anyway: a consumer is better served by a near miss than by nothing.
      LOG.warning(
          () -> "Open Referral UK answer does not match the schema " + shape + ": " + problems);
    }
    return open(Response.ok(body.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")));
  }

  /** Open data: any web page may read it, without credentials. */
  private static Response open(Response.ResponseBuilder response) {
    return response.header("Access-Control-Allow-Origin", "*").build();
  }

  private static int whole(
      String value, int otherwise, int min, int max, String name, Map<String, String> problems) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    problems.put(name, Messages.text("oruk.api." + name + ".invalid", max));
    return otherwise;
  }
}
