package org.casebook.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A member of staff signed in through the sign-in page, with their session cookie, asking for pages
 * and downloads as a browser would (no redirects followed).
 */
public final class SignedIn {
  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final String base;

  public SignedIn(URL url, String username) {
    this.base = url.toString().replaceAll("/$", "");
    String login = get("/login.xhtml").body();
    String form =
        "f=f&f%3Ausername="
            + enc(username)
            + "&f%3Apassword="
            + enc(TestFixtures.PASSWORD)
            + "&f%3Anext=&f%3Aexpired=false&f%3AsignIn="
            + "&jakarta.faces.ViewState="
            + enc(find(VIEW_STATE, login))
            + "&primefaces.nonce="
            + enc(find(NONCE, login));
    HttpResponse<String> signedIn =
        send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302 && signedIn.statusCode() != 303) {
      throw new AssertionError(username + " could not sign in: " + signedIn.statusCode());
    }
  }

  private static String find(Pattern pattern, String html) {
    Matcher m = pattern.matcher(html);
    if (!m.find()) {
      throw new AssertionError("not on the sign-in page: " + pattern);
    }
    return m.group(1);
  }

  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  public HttpResponse<byte[]> bytes(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return client.send(request, handler);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
