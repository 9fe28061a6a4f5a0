package org.casebook.asset.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Map tiles, fetched from the configured tile server and kept for a while, at {@code
 * /map/tiles/z/x/y.png}. When the tile server cannot be reached the answer is a quick 404 (and the
 * server is left alone for a minute), so a map without tiles still shows its markers and the list
 * beside it.
 */
@WebServlet("/map/tiles/*")
public class TileServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(TileServlet.class.getName());
  private static final Pattern TILE = Pattern.compile("/(\\d{1,2})/(\\d{1,7})/(\\d{1,7})\\.png");
  private static final int KEEP_TILES = 2000;
  private static final Duration REST_AFTER_FAILURE = Duration.ofMinutes(1);

  @Inject MapSettings settings;

  private transient HttpClient client;
  private final transient Map<String, byte[]> kept =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > KEEP_TILES;
        }
      };
  private volatile Instant restUntil = Instant.MIN;

  @Override
  public void init() {
    client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher m = TILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
    if (!settings.isOn() || !m.matches()) {
      response.sendError(404);
      return;
    }
    int z = Integer.parseInt(m.group(1));
    long x = Long.parseLong(m.group(2));
    long y = Long.parseLong(m.group(3));
    if (z > 19 || x >= (1L << z) || y >= (1L << z)) {
      response.sendError(404);
      return;
    }
    String key = z + "/" + x + "/" + y;
    byte[] tile;
    synchronized (kept) {
      tile = kept.get(key);
    }
    if (tile == null) {
      tile = fetch(z, x, y);
      if (tile == null) {
        response.sendError(404);
        return;
      }
      synchronized (kept) {
        kept.put(key, tile);
      }
    }
    response.setContentType("image/png");
    response.setHeader("Cache-Control", "private, max-age=86400");
    response.setContentLength(tile.length);
    response.getOutputStream().write(tile);
  }

  private byte[] fetch(int z, long x, long y) {
    if (Instant.now().isBefore(restUntil)) {
      return null;
    }
    String url =
        settings
            .getTileUrl()
            .replace("{z}", Integer.toString(z))
            .replace("{x}", Long.toString(x))
            .replace("{y}", Long.toString(y));
    try {
      HttpResponse<byte[]> answer =
          client.send(
              HttpRequest.newBuilder(URI.create(url))
                  .timeout(Duration.ofSeconds(5))
                  .header("User-Agent", "Casebook community directory map")
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() == 200) {
        return answer.body();
      }
      LOG.log(Level.INFO, "The map tile server answered {0}", answer.statusCode());
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(Level.INFO, "The map tile server cannot be reached; maps show without tiles for now");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    restUntil = Instant.now().plus(REST_AFTER_FAILURE);
    return null;
  }
}
