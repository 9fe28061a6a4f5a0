package org.casebook.asset;

/**
 * The six kinds of community asset recognised in asset-based community development. Every asset has
 * exactly one; tags say more (lunch club, gardening, befriending).
 */
public enum AssetCategory {
  /** People and informal schemes: good neighbours, a retired joiner who fixes things. */
  INDIVIDUALS,
  /** Groups, clubs and associations: lunch clubs, walking groups, faith groups. */
  ASSOCIATIONS,
  /** Libraries, schools, leisure centres, GP practices, care homes. */
  INSTITUTIONS,
  /** Allotments, gardens, halls, parks. */
  PHYSICAL_SPACES,
  /** Local businesses, credit unions, employers and volunteering that leads to work. */
  ECONOMIC,
  /** Arts, heritage, music and the traditions of a place. */
  CULTURAL;

  public String messageKey() {
    return "asset.category." + name();
  }

  public String getMessageKey() {
    return messageKey();
  }

  /** The id used for the category in published Open Referral UK data. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  public static java.util.Optional<AssetCategory> fromCode(String code) {
    if (code == null) {
      return java.util.Optional.empty();
    }
    String wanted =
        code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (AssetCategory c : values()) {
      if (c.name().equals(wanted)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }
}
