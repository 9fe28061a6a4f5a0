package org.casebook.asset.oruk;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads the services out of an Open Referral UK document, one at a time, so a file of thousands of
 * services never has to be held in memory whole. Three shapes are accepted: a page of the API
 * ({@code {"contents": [...], "total_items": ...}}), a list of services, or a single service.
 */
public final class OrukDocument {

  /** The shapes of document accepted. */
  public enum Shape {
    PAGE,
    LIST,
    SINGLE
  }

  /** What a document holds: its shape and how many services. */
  public record Summary(Shape shape, int services) {
    public Shape getShape() {
      return shape;
    }

    public int getServices() {
      return services;
    }
  }

  /** The document is not JSON, or not one of the accepted shapes; the key says which, plainly. */
  public static class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    private final String messageKey;

    Unreadable(String messageKey) {
      super(messageKey);
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private OrukDocument() {}

  /** Reads the whole document to check it and count its services, keeping none of them. */
  public static Summary scan(InputStream in) throws Unreadable {
    int[] count = {0};
    Shape shape = read(in, service -> count[0]++);
    return new Summary(shape, count[0]);
  }

  /**
   * Hands each service to {@code each} in document order. Items that are not JSON objects are
   * handed over too, for the caller to reject with a reason.
   */
  public static Shape read(InputStream in, Consumer<JsonNode> each) throws Unreadable {
    try (JsonParser parser = OrukJson.MAPPER.createParser(in)) {
      JsonToken first = parser.nextToken();
      Shape shape;
      if (first == JsonToken.START_ARRAY) {
        eachItem(parser, each);
        shape = Shape.LIST;
      } else if (first == JsonToken.START_OBJECT) {
        shape = object(parser, each);
      } else if (first == null) {
        throw new Unreadable("oruk.import.file.empty");
      } else {
        throw new Unreadable("oruk.import.file.notServices");
      }
      if (parser.nextToken() != null) {
        throw new Unreadable("oruk.import.file.notJson");
      }
      return shape;
    } catch (StreamConstraintsException tooBig) {
      throw new Unreadable("oruk.import.file.tooDeep");
    } catch (JsonParseException notJson) {
      throw new Unreadable("oruk.import.file.notJson");
    } catch (IOException e) {
      throw new Unreadable("oruk.import.file.notJson");
    }
  }

  /**
   * An object is a page when it has a "contents" list; otherwise it is a single service. A page's
   * other fields are small (totals, page numbers), so only "contents" is streamed.
   */
  private static Shape object(JsonParser parser, Consumer<JsonNode> each)
      throws IOException, Unreadable {
    ObjectNode fields = OrukJson.object();
    boolean page = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if ("contents".equals(name)) {
        if (value != JsonToken.START_ARRAY) {
          throw new Unreadable("oruk.import.file.contentsNotList");
        }
        eachItem(parser, each);
        page = true;
      } else {
        fields.set(name, parser.readValueAsTree());
      }
    }
    if (page) {
      return Shape.PAGE;
    }
    each.accept(fields);
    return Shape.SINGLE;
  }

  private static void eachItem(JsonParser parser, Consumer<JsonNode> each)
      throws IOException, Unreadable {
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == null) {
        throw new Unreadable("oruk.import.file.notJson");
      }
      each.accept(parser.readValueAsTree());
    }
  }
}
