package org.casebook.asset.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where map tiles come from and where maps start. Browsers fetch tiles from Casebook itself ({@link
 * TileServlet}), never from the tile server, so the Content Security Policy stays "self only" and
 * the tile provider never learns which streets staff are looking at. A blank tile address turns
 * maps off; every map page still works as a list.
 */
@Named
@ApplicationScoped
public class MapSettings {

  @Inject
  @ConfigProperty(
      name = "casebook.map.tile-url",
      defaultValue = "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
  String tileUrl;

  @Inject
  @ConfigProperty(name = "casebook.map.attribution", defaultValue = "© OpenStreetMap contributors")
  String attribution;

  @Inject
  @ConfigProperty(name = "casebook.map.centre", defaultValue = "54.05,-2.0")
  String centre;

  public boolean isOn() {
    return tileUrl != null && !tileUrl.isBlank() && tileUrl.contains("{z}");
  }

  public String getTileUrl() {
    return tileUrl;
  }

  public String getAttribution() {
    return attribution;
  }

  public String getCentre() {
    return centre;
  }
}
