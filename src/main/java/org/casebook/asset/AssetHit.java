package org.casebook.asset;

/**
 * One asset found by a search, with how far it is from where the search was made (null when the
 * search had no place or the asset has no location).
 */
public final class AssetHit {
  private final Asset asset;
  private final Double miles;

  public AssetHit(Asset asset, Double miles) {
    this.asset = asset;
    this.miles = miles;
  }

  public Asset getAsset() {
    return asset;
  }

  public Double getMiles() {
    return miles;
  }
}
