package org.casebook.asset.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.AllowSchemaLoader;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Open Referral UK JSON Schemas and OpenAPI description kept in {@code
 * src/main/resources/oruk/}, and checking a document against them. Pure Java: the same checks run
 * in unit tests, in the import and on the published API.
 *
 * <p>The schemas carry keywords of their own (name, constraints, core, example,
 * datapackage_metadata…): they are ignored quietly. References to the standard's files on GitHub
 * are read from the copies on the classpath, and nothing else may be loaded: Casebook never fetches
 * a schema from the internet. Formats (uuid, uri, email, date-time) are checked, not just noted.
 */
public final class OrukSchemas {

  /** The shapes Casebook reads and writes. */
  public enum Shape {
    /** A whole service with everything nested in it: {@code GET /services/{id}}. */
    SERVICE("classpath:oruk/compiled/service.json"),
    /** One item of the paginated list: {@code GET /services}, one-to-one fields only. */
    SERVICE_LIST_ITEM("classpath:oruk/compiled/service_list.json"),
    /** The paginated list itself, as the OpenAPI description defines it. */
    SERVICE_PAGE(
        "classpath:oruk/openapi.json#/paths/~1services/get/responses/200/content/application~1json/schema"),
    /** What {@code GET /} says about the API. */
    API_META(
        "classpath:oruk/openapi.json#/paths/~1/get/responses/200/content/application~1json/schema");

    private final String location;

    Shape(String location) {
      this.location = location;
    }
  }

  /** Where the OpenAPI description and the schemas point to the standard's own copies. */
  static final String UPSTREAM =
      "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";

  /** At most this many problems are reported for one document: the first say enough. */
  static final int MAX_PROBLEMS = 5;

  private OrukSchemas() {}

  private static final class Loaded {
    static final Map<Shape, JsonSchema> SCHEMAS = load();

    private static Map<Shape, JsonSchema> load() {
      ClassLoader here = OrukSchemas.class.getClassLoader();
      JsonMetaSchema quiet =
          JsonMetaSchema.builder(JsonMetaSchema.getV202012())
              .unknownKeywordFactory((keyword, context) -> new NonValidationKeyword(keyword))
              .build();
      JsonSchemaFactory factory =
          JsonSchemaFactory.builder(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012))
              .metaSchema(quiet)
              .schemaMappers(
                  m ->
                      m.mapPrefix(UPSTREAM + "compiled/", "classpath:oruk/compiled/")
                          .mapPrefix(UPSTREAM, "classpath:oruk/schema/"))
              .schemaLoaders(
                  l ->
                      l.values(
                          loaders -> {
                            loaders.add(
                                0,
                                new AllowSchemaLoader(
                                    iri -> iri.toString().startsWith("classpath:")));
                            loaders.add(1, new ClasspathSchemaLoader(() -> here));
                          }))
              .build();
      SchemaValidatorsConfig config =
          SchemaValidatorsConfig.builder()
              .formatAssertionsEnabled(true)
              .locale(Locale.ENGLISH)
              .pathType(PathType.JSON_PATH)
              .build();
      Map<Shape, JsonSchema> schemas = new EnumMap<>(Shape.class);
      for (Shape shape : Shape.values()) {
        schemas.put(shape, factory.getSchema(SchemaLocation.of(shape.location), config));
      }
      return schemas;
    }
  }

  /** Loads every schema now rather than at the first document (a start-up check). */
  public static void load() {
    if (Loaded.SCHEMAS.size() != Shape.values().length) {
      throw new IllegalStateException("Open Referral UK schemas missing");
    }
  }

  /**
   * What is wrong with the document, in plain words with where it is ("email: does not match the
   * email pattern…"); empty when it is valid. At most {@link #MAX_PROBLEMS}.
   */
  public static List<String> problems(Shape shape, JsonNode document) {
    return Loaded.SCHEMAS.get(shape).validate(document).stream()
        .map(OrukSchemas::plain)
        .sorted()
        .distinct()
        .limit(MAX_PROBLEMS)
        .toList();
  }

  public static boolean isValid(Shape shape, JsonNode document) {
    return Loaded.SCHEMAS.get(shape).validate(document).isEmpty();
  }

  /** "$.contacts[0].id: does not match…" becomes "contacts[0].id: does not match…". */
  static String plain(ValidationMessage message) {
    // "does not match the uuid pattern must be a valid…" reads better with a pause.
    String text = message.getMessage().replace(" pattern must be ", " pattern: it must be ");
    if (text.startsWith("$.")) {
      return text.substring(2);
    }
    if (text.startsWith("$: ")) {
      return text.substring(3);
    }
    return text;
  }
}
