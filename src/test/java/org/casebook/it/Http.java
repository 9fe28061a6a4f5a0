package org.casebook.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A small HTTP client for tests of the API and of headers, as an outside caller sees them. */
public final class Http {

  public static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private final URL base;

  public Http(URL base) {
    this.base = base;
  }

  public URI uri(String path) {
    return URI.create(base.toString().replaceAll("/$", "") + path);
  }

  /** The server root (for /health, which lives outside the application). */
  public URI root(String path) {
    return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + path);
  }

  public static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  public HttpResponse<String> get(String path, String user, String password) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return send(request.header("Accept", "application/json").build());
  }

  public HttpResponse<String> send(
      String method, String path, String user, String password, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json");
    if (user != null) {
      request.header("Authorization", basic(user, password));
    }
    return send(request.build());
  }

  /** Adds a person through the API as a worker; their id. */
  public String newPerson(String worker, String password, String fullName) {
    HttpResponse<String> created =
        send("POST", "/api/people", worker, password, "{\"fullName\":\"" + fullName + "\"}");
    if (created.statusCode() != 201) {
      throw new AssertionError("could not add " + fullName + ": " + created.body());
    }
    return created.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
  }

  /**
   * Sends the request. A kept-alive connection the server has closed while the test was busy in the
   * browser fails at once with an I/O error before the request reaches the server: that is tried
   * once more on a new connection.
   */
  public static HttpResponse<String> send(HttpRequest request) {
    try {
      try {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException stale) {
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
