package org.casebook.asset;

/**
 * A place on the earth in WGS84 degrees, as postcode directories and maps give it. Distances are
 * great-circle (haversine) distances, which are within a fraction of a percent of walking-map
 * straight-line distances at the scale of a town.
 */
public record GeoPoint(double latitude, double longitude) {

  /** The mean radius of the earth in kilometres. */
  static final double EARTH_RADIUS_KM = 6371.0088;

  static final double KM_PER_MILE = 1.609344;

  public GeoPoint {
    if (!isValid(latitude, longitude)) {
      throw new IllegalArgumentException("not a place on the earth");
    }
  }

  public static boolean isValid(Double latitude, Double longitude) {
    return latitude != null
        && longitude != null
        && !latitude.isNaN()
        && !longitude.isNaN()
        && latitude >= -90
        && latitude <= 90
        && longitude >= -180
        && longitude <= 180;
  }

  /** Great-circle distance in kilometres. */
  public double kilometresTo(GeoPoint other) {
    double lat1 = Math.toRadians(latitude);
    double lat2 = Math.toRadians(other.latitude);
    double dLat = lat2 - lat1;
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  public double milesTo(GeoPoint other) {
    return kilometresTo(other) / KM_PER_MILE;
  }

  /**
   * The box of latitudes and longitudes that holds every point within {@code miles} of here, for an
   * indexed first cut before the exact distance is worked out.
   */
  public Box boxAround(double miles) {
    double km = miles * KM_PER_MILE;
    double dLat = Math.toDegrees(km / EARTH_RADIUS_KM);
    double cos = Math.cos(Math.toRadians(latitude));
    double dLon = cos < 1e-6 ? 180 : Math.toDegrees(km / (EARTH_RADIUS_KM * cos));
    return new Box(
        Math.max(-90, latitude - dLat),
        Math.min(90, latitude + dLat),
        Math.max(-180, longitude - dLon),
        Math.min(180, longitude + dLon));
  }

  /** A latitude and longitude box. */
  public record Box(double south, double north, double west, double east) {}
}
