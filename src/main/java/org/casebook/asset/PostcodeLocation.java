package org.casebook.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Where a postcode is (its centre) and the ward it is in, from the council's postcode directory
 * (for example the ONS Postcode Directory). Used to search from a person's postcode.
 */
@Entity
@Table(name = "postcode_location")
public class PostcodeLocation {

  @Id
  @Column(length = 8)
  private String postcode;

  @Column(nullable = false)
  private double latitude;

  @Column(nullable = false)
  private double longitude;

  @Column(length = AssetDetails.WARD_MAX)
  private String ward;

  protected PostcodeLocation() {}

  public PostcodeLocation(String postcode, double latitude, double longitude, String ward) {
    this.postcode = postcode;
    this.latitude = latitude;
    this.longitude = longitude;
    this.ward = ward;
  }

  public void update(double latitude, double longitude, String ward) {
    this.latitude = latitude;
    this.longitude = longitude;
    this.ward = ward;
  }

  public GeoPoint point() {
    return new GeoPoint(latitude, longitude);
  }

  public String getPostcode() {
    return postcode;
  }

  public double getLatitude() {
    return latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  public String getWard() {
    return ward;
  }
}
