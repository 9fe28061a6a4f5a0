package org.casebook.asset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class GeoPointTest {

  private static final GeoPoint LEEDS = new GeoPoint(53.7997, -1.5492);
  private static final GeoPoint YORK = new GeoPoint(53.9600, -1.0873);
  private static final GeoPoint LONDON = new GeoPoint(51.5072, -0.1276);
  private static final GeoPoint EDINBURGH = new GeoPoint(55.9533, -3.1883);

  @Test
  void measuresDistancesBetweenKnownPlaces() {
    // Worked out another way (the spherical law of cosines), and roughly as road atlases give it.
    assertEquals(lawOfCosines(LEEDS, YORK), LEEDS.kilometresTo(YORK), 1e-6);
    assertEquals(lawOfCosines(LONDON, EDINBURGH), LONDON.kilometresTo(EDINBURGH), 1e-6);
    assertEquals(35.1, LEEDS.kilometresTo(YORK), 0.2);
    assertEquals(534.0, LONDON.kilometresTo(EDINBURGH), 2.5);
    assertEquals(331.8, LONDON.milesTo(EDINBURGH), 1.5);
    assertEquals(0.0, LEEDS.milesTo(LEEDS), 1e-9);
  }

  private static double lawOfCosines(GeoPoint a, GeoPoint b) {
    double la1 = Math.toRadians(a.latitude());
    double la2 = Math.toRadians(b.latitude());
    double dLon = Math.toRadians(b.longitude() - a.longitude());
    return GeoPoint.EARTH_RADIUS_KM
        * Math.acos(Math.sin(la1) * Math.sin(la2) + Math.cos(la1) * Math.cos(la2) * Math.cos(dLon));
  }

  @Test
  void refusesPlacesThatAreNotOnTheEarth() {
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -181));
    assertThrows(IllegalArgumentException.class, () -> new GeoPoint(Double.NaN, 0));
    assertFalse(GeoPoint.isValid(null, 1.0));
    assertTrue(GeoPoint.isValid(-90.0, 180.0));
  }

  @Property
  void distanceIsSymmetricAndNeverNegative(
      @ForAll @DoubleRange(min = 49, max = 61) double lat1,
      @ForAll @DoubleRange(min = -8, max = 2) double lon1,
      @ForAll @DoubleRange(min = 49, max = 61) double lat2,
      @ForAll @DoubleRange(min = -8, max = 2) double lon2) {
    GeoPoint a = new GeoPoint(lat1, lon1);
    GeoPoint b = new GeoPoint(lat2, lon2);
    assertEquals(a.kilometresTo(b), b.kilometresTo(a), 1e-9);
    assertTrue(a.kilometresTo(b) >= 0);
  }

  @Property
  void theBoxAroundAPlaceHoldsEverythingWithinTheDistance(
      @ForAll @DoubleRange(min = 49, max = 61) double lat,
      @ForAll @DoubleRange(min = -8, max = 2) double lon,
      @ForAll @DoubleRange(min = 0.1, max = 30) double miles,
      @ForAll @DoubleRange(min = 0, max = 360) double bearing,
      @ForAll @DoubleRange(min = 0, max = 0.99) double fraction) {
    GeoPoint centre = new GeoPoint(lat, lon);
    // A point the given fraction of the distance away, in any direction.
    double km = miles * fraction * GeoPoint.KM_PER_MILE;
    double d = km / GeoPoint.EARTH_RADIUS_KM;
    double b = Math.toRadians(bearing);
    double la1 = Math.toRadians(lat);
    double la2 = Math.asin(Math.sin(la1) * Math.cos(d) + Math.cos(la1) * Math.sin(d) * Math.cos(b));
    double lo2 =
        Math.toRadians(lon)
            + Math.atan2(
                Math.sin(b) * Math.sin(d) * Math.cos(la1),
                Math.cos(d) - Math.sin(la1) * Math.sin(la2));
    GeoPoint p = new GeoPoint(Math.toDegrees(la2), Math.toDegrees(lo2));
    assertTrue(centre.milesTo(p) <= miles + 1e-6);
    GeoPoint.Box box = centre.boxAround(miles);
    assertTrue(p.latitude() >= box.south() && p.latitude() <= box.north(), "latitude in box");
    assertTrue(p.longitude() >= box.west() && p.longitude() <= box.east(), "longitude in box");
  }
}
