package org.casebook.asset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gaps by ward: each ward's community assets by category set against the people from that ward and
 * the conversations held with them, so managers can see where community capacity is short.
 *
 * <p>The rule, in one sentence: a ward is short of community capacity when it has no assets at all
 * although people there are known to us, or fewer than half as many assets per 10 conversations as
 * the council area as a whole. Only counts go in: no names, no records.
 *
 * <p>Wards are matched ignoring capitals and surrounding (or doubled) spaces, since they are typed
 * on people's records and assets alike; a blank ward goes into the "ward not recorded" row, which
 * counts towards the whole council but is never marked short (it is not a place).
 */
public final class WardGaps {

  /** Assets are counted per this many conversations. */
  public static final int PER_CONVERSATIONS = 10;

  private final List<Row> rows;
  private final Row total;

  private WardGaps(List<Row> rows, Row total) {
    this.rows = List.copyOf(rows);
    this.total = total;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every ward in order of name, with the "ward not recorded" row last when it has anything. */
  public List<Row> rows() {
    return rows;
  }

  /** The whole council area: every ward and the unrecorded row together. */
  public Row total() {
    return total;
  }

  /** Active assets per 10 conversations across the council, or null with no conversations. */
  public Double councilRatio() {
    return total.assetsPerTenConversations();
  }

  /** Below this many assets per 10 conversations a ward is short; null with no conversations. */
  public Double threshold() {
    Double council = councilRatio();
    return council == null ? null : council / 2;
  }

  /** The wards marked short of community capacity, in order of name. */
  public List<Row> shortWards() {
    return rows.stream().filter(Row::shortOfCapacity).toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public Row getTotal() {
    return total;
  }

  public Double getCouncilRatio() {
    return councilRatio();
  }

  public Double getThreshold() {
    return threshold();
  }

  /** One category's count in one row, for the page's cells. */
  public record Cell(AssetCategory category, long count, boolean gap) {
    public AssetCategory getCategory() {
      return category;
    }

    public long getCount() {
      return count;
    }

    /** None of this kind in a ward where people are known to us. */
    public boolean isGap() {
      return gap;
    }
  }

  /**
   * One ward's figures.
   *
   * @param ward the ward's name, or null for people and assets with no ward recorded
   * @param people people on the register from the ward
   * @param conversations conversations held with them in the period
   * @param assets active assets in the ward, by category (every category present)
   * @param shortOfCapacity whether the rule marks the ward short of community capacity
   */
  public record Row(
      String ward,
      long people,
      long conversations,
      Map<AssetCategory, Long> assets,
      boolean shortOfCapacity) {

    public Row {
      Map<AssetCategory, Long> all = new EnumMap<>(AssetCategory.class);
      for (AssetCategory c : AssetCategory.values()) {
        all.put(c, assets == null ? 0L : assets.getOrDefault(c, 0L));
      }
      assets = Collections.unmodifiableMap(all);
    }

    public boolean isWardNotRecorded() {
      return ward == null;
    }

    public long totalAssets() {
      return assets.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(AssetCategory category) {
      return assets.get(category);
    }

    /** People are known to us from here: the row shows demand for community capacity. */
    public boolean hasDemand() {
      return people > 0 || conversations > 0;
    }

    /** Active assets per 10 conversations, or null when nobody here had a conversation. */
    public Double assetsPerTenConversations() {
      return conversations == 0
          ? null
          : (double) totalAssets() * PER_CONVERSATIONS / (double) conversations;
    }

    /** A category with no assets where people are known to us (never in the unrecorded row). */
    public boolean gap(AssetCategory category) {
      return ward != null && hasDemand() && count(category) == 0;
    }

    public List<Cell> cells() {
      List<Cell> cells = new ArrayList<>();
      for (AssetCategory c : AssetCategory.values()) {
        cells.add(new Cell(c, count(c), gap(c)));
      }
      return cells;
    }

    public String getWard() {
      return ward;
    }

    public long getPeople() {
      return people;
    }

    public long getConversations() {
      return conversations;
    }

    public long getTotalAssets() {
      return totalAssets();
    }

    public Double getAssetsPerTenConversations() {
      return assetsPerTenConversations();
    }

    public boolean isShortOfCapacity() {
      return shortOfCapacity;
    }

    public List<Cell> getCells() {
      return cells();
    }
  }

  /** Collects counts as the queries give them, in any order and any spelling of a ward. */
  public static final class Builder {

    private final Map<String, Tally> wards = new LinkedHashMap<>();
    private final Tally notRecorded = new Tally(null);

    private Builder() {}

    /** A ward known to exist (from the postcode directory), shown even with nothing in it. */
    public Builder ward(String name) {
      tally(name);
      return this;
    }

    public Builder assets(String ward, AssetCategory category, long count) {
      if (category == null) {
        throw new IllegalArgumentException("an asset has a category");
      }
      tally(ward).assets.merge(category, nonNegative(count), Long::sum);
      return this;
    }

    public Builder people(String ward, long count) {
      tally(ward).people += nonNegative(count);
      return this;
    }

    public Builder conversations(String ward, long count) {
      tally(ward).conversations += nonNegative(count);
      return this;
    }

    public WardGaps build() {
      long allAssets = notRecorded.totalAssets();
      long allConversations = notRecorded.conversations;
      long allPeople = notRecorded.people;
      Map<AssetCategory, Long> byCategory = new EnumMap<>(notRecorded.assets);
      for (Tally t : wards.values()) {
        allAssets += t.totalAssets();
        allConversations += t.conversations;
        allPeople += t.people;
        t.assets.forEach((c, n) -> byCategory.merge(c, n, Long::sum));
      }
      List<Row> rows = new ArrayList<>();
      for (Tally t : wards.values()) {
        rows.add(
            new Row(
                t.name,
                t.people,
                t.conversations,
                t.assets,
                isShort(t.totalAssets(), t.people, t.conversations, allAssets, allConversations)));
      }
      rows.sort(Comparator.comparing(r -> r.ward().toLowerCase(Locale.UK)));
      if (notRecorded.totalAssets() > 0
          || notRecorded.people > 0
          || notRecorded.conversations > 0) {
        rows.add(
            new Row(
                null, notRecorded.people, notRecorded.conversations, notRecorded.assets, false));
      }
      return new WardGaps(rows, new Row(null, allPeople, allConversations, byCategory, false));
    }

    /**
     * The rule: no assets although people are known to us, or fewer than half the council's assets
     * per conversation. Compared in whole numbers, so a ward exactly on the line is not marked:
     * assets / conversations &lt; ½ × allAssets / allConversations.
     */
    static boolean isShort(
        long assets, long people, long conversations, long allAssets, long allConversations) {
      if (assets == 0) {
        return people > 0 || conversations > 0;
      }
      if (conversations == 0 || allConversations == 0) {
        return false;
      }
      return 2 * assets * allConversations < allAssets * conversations;
    }

    private Tally tally(String ward) {
      String name = tidy(ward);
      if (name == null) {
        return notRecorded;
      }
      return wards.computeIfAbsent(name.toLowerCase(Locale.UK), k -> new Tally(name));
    }

    private static long nonNegative(long count) {
      if (count < 0) {
        throw new IllegalArgumentException("a count is never negative");
      }
      return count;
    }

    /** Surrounding spaces off and inner runs of spaces made one; blank means not recorded. */
    static String tidy(String ward) {
      if (ward == null) {
        return null;
      }
      String tidy = ward.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
      return tidy.isEmpty() ? null : tidy;
    }
  }

  /** Counts for one ward while they are being collected; the first spelling seen names it. */
  private static final class Tally {
    final String name;
    final Map<AssetCategory, Long> assets = new EnumMap<>(AssetCategory.class);
    long people;
    long conversations;

    Tally(String name) {
      this.name = name;
    }

    long totalAssets() {
      return assets.values().stream().mapToLong(Long::longValue).sum();
    }
  }
}
