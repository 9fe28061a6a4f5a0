package org.casebook.language.web;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import org.casebook.language.Finding;
import org.casebook.language.LanguageChecker;
import org.casebook.language.LanguageService;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.security.Caller;
import org.casebook.security.CurrentUser;

/**
 * Live language help for the editors: the page sends the text of one or more fields as they are
 * typed, {@code {"fieldId": "text", …}}, and gets back each field's findings, checked against the
 * council's lexicon. Signed-in staff only, through their session (the REST API is for other
 * systems, with HTTP Basic). It only reads: nothing sent is stored or logged. Only JSON is
 * accepted, which a page on another site cannot send without the browser asking first.
 */
@WebServlet("/language/check")
public class LiveCheckServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  /** Room for the field names and JSON quoting around the most text checked at once. */
  private static final int MAX_BODY = LanguageService.MAX_CHARACTERS + 100_000;

  @Inject LanguageService language;
  @Inject CurrentUser currentUser;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    String type = request.getContentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      response.sendError(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
      return;
    }
    Caller caller;
    try {
      caller = currentUser.caller();
    } catch (NotFound signedOut) {
      response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    request.setCharacterEncoding("UTF-8");
    String body = read(request.getReader());
    if (body == null) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    JsonObject fields;
    try (var reader = Json.createReader(new StringReader(body))) {
      fields = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    int total = 0;
    for (JsonValue v : fields.values()) {
      if (!(v instanceof JsonString s)) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return;
      }
      total += s.getString().length();
    }
    if (total > LanguageService.MAX_CHARACTERS) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    LanguageChecker checker = language.checker(caller);
    JsonObjectBuilder answer = Json.createObjectBuilder();
    for (Map.Entry<String, JsonValue> field : fields.entrySet()) {
      JsonArrayBuilder findings = Json.createArrayBuilder();
      for (Finding f : checker.check(((JsonString) field.getValue()).getString())) {
        findings.add(json(f));
      }
      answer.add(field.getKey(), findings);
    }
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try (var writer = Json.createWriter(response.getWriter())) {
      writer.writeObject(answer.build());
    }
  }

  private static JsonObjectBuilder json(Finding f) {
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("start", f.start())
            .add("end", f.end())
            .add("text", f.text())
            .add("category", f.category().name())
            .add("categoryLabel", Messages.text(f.category().getMessageKey()))
            .add("suggestion", f.suggestion())
            .add("explanation", f.explanation());
    return f.replacement() == null
        ? o.addNull("replacement")
        : o.add("replacement", f.replacement());
  }

  /** The whole body, or null when it is longer than anything worth checking at once. */
  private static String read(Reader in) throws IOException {
    StringBuilder body = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n; (n = in.read(buffer)) >= 0; ) {
      body.append(buffer, 0, n);
      if (body.length() > MAX_BODY) {
        return null;
      }
    }
    return body.toString();
  }
}
