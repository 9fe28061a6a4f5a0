package org.casebook.asset.oruk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;
import org.casebook.asset.AssetDetails;

/** Which fields differ between two versions of an asset's details, in form order. */
public final class AssetChanges {

  private record Field(String name, Function<AssetDetails, Object> value) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field("name", AssetDetails::name),
          new Field("description", AssetDetails::description),
          new Field("category", AssetDetails::category),
          new Field("tags", d -> new TreeSet<>(d.tags())),
          new Field("forWhom", AssetDetails::forWhom),
          new Field("minimumAge", AssetDetails::minimumAge),
          new Field("maximumAge", AssetDetails::maximumAge),
          new Field("address", AssetDetails::address),
          new Field("postcode", AssetDetails::postcode),
          new Field("ward", AssetDetails::ward),
          new Field("location", d -> d.latitude() + "," + d.longitude()),
          new Field("openingTimes", AssetDetails::openingTimes),
          new Field("openingNotes", AssetDetails::openingNotes),
          new Field("cost", d -> d.free() + " " + d.cost()),
          new Field("accessibility", AssetDetails::accessibility),
          new Field("contactName", AssetDetails::contactName),
          new Field("phone", AssetDetails::phone),
          new Field("email", AssetDetails::email),
          new Field("website", AssetDetails::website),
          new Field("published", AssetDetails::published));

  /** Every field name this can report, in form order. */
  public static final List<String> NAMES = FIELDS.stream().map(Field::name).toList();

  private AssetChanges() {}

  /** The names of the fields that differ once both are tidied as they would be kept. */
  public static List<String> between(AssetDetails before, AssetDetails after) {
    AssetDetails a = before.tidy();
    AssetDetails b = after.tidy();
    List<String> changed = new ArrayList<>();
    for (Field f : FIELDS) {
      if (!Objects.equals(f.value().apply(a), f.value().apply(b))) {
        changed.add(f.name());
      }
    }
    return changed;
  }
}
