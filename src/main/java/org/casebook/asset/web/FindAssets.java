package org.casebook.asset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetHit;
import org.casebook.asset.AssetLink;
import org.casebook.asset.AssetLinks;
import org.casebook.asset.AssetSearch;
import org.casebook.asset.Assets;
import org.casebook.asset.GeoPoint;
import org.casebook.asset.PostcodeLocation;
import org.casebook.person.Postcode;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * Searching the community directory, as a list and on a map. Opened from a conversation, the search
 * starts from the person's postcode and each result can be suggested to them.
 */
@Named
@ViewScoped
public class FindAssets implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<Double> DISTANCES = List.of(0.5, 1.0, 2.0, 5.0, 10.0, 25.0);

  @Inject Assets assets;
  @Inject AssetLinks links;
  @Inject CurrentUser currentUser;

  private Long conversation;
  private AssetLinks.Context context;
  private Map<Long, AssetLink> linked = new HashMap<>();

  private String text;
  private AssetCategory category;
  private String tag;
  private String ward;
  private DayOfWeek openOn;
  private boolean freeOnly;
  private String nearPostcode;
  private Double pointLatitude;
  private Double pointLongitude;
  private Double withinMiles;

  private List<AssetHit> results = List.of();
  private boolean searched;
  private boolean fromPlace;
  private List<String> tags;
  private List<String> wards;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    tags = assets.tags();
    wards = assets.wards();
    if (conversation != null) {
      try {
        context = links.context(currentUser.caller(), conversation, Pages.channel());
        linked = links.byAsset(currentUser.caller(), context.personId());
        nearPostcode = context.postcode();
      } catch (NotFound | RuleViolation e) {
        Pages.notFound();
        return;
      }
    }
    run();
  }

  public void search() {
    if (!run()) {
      return;
    }
    searched = true;
  }

  public void clear() {
    text = null;
    category = null;
    tag = null;
    ward = null;
    openOn = null;
    freeOnly = false;
    pointLatitude = null;
    pointLongitude = null;
    withinMiles = null;
    nearPostcode = context == null ? null : context.postcode();
    searched = false;
    run();
  }

  /** Goes back to searching from the postcode after a point was chosen on the map. */
  public void usePostcode() {
    pointLatitude = null;
    pointLongitude = null;
    run();
  }

  /** Suggests a result to the person whose conversation this search is for. */
  public void suggest(long assetId) {
    if (context == null) {
      return;
    }
    try {
      AssetLink link =
          links.suggest(
              currentUser.caller(), context.conversationId(), assetId, null, Pages.channel());
      linked.put(assetId, link);
      Pages.info("directory.suggested", link.getAsset().getName(), context.knownAs());
    } catch (RuleViolation e) {
      Pages.error(e);
    } catch (NotFound e) {
      Pages.error("access.denied");
    }
  }

  private boolean run() {
    GeoPoint near = null;
    if (GeoPoint.isValid(pointLatitude, pointLongitude)) {
      near = new GeoPoint(pointLatitude, pointLongitude);
    } else if (nearPostcode != null && !nearPostcode.isBlank()) {
      if (!Postcode.isValid(nearPostcode)) {
        Pages.fieldError("f:near", Messages.text("person.postcode.invalid"));
        return false;
      }
      Optional<PostcodeLocation> place = assets.locate(nearPostcode);
      if (place.isEmpty()) {
        Pages.fieldError(
            "f:near",
            Messages.text(
                "directory.search.postcodeUnknown", Postcode.normalise(nearPostcode).orElse("")));
        return false;
      }
      near = place.get().point();
    }
    fromPlace = near != null;
    AssetSearch search =
        new AssetSearch(
            text, category, tag, ward, openOn, freeOnly, near, near == null ? null : withinMiles);
    results = assets.search(currentUser.caller(), search);
    return true;
  }

  /** The results for the map: id, name, place and page address of each located result. */
  public String getMarkersJson() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    JsonArrayBuilder markers = Json.createArrayBuilder();
    int number = 0;
    for (AssetHit hit : getShown()) {
      number++;
      var a = hit.getAsset();
      if (a.getLatitude() == null) {
        continue;
      }
      markers.add(
          Json.createObjectBuilder()
              .add("n", number)
              .add("name", a.getName())
              .add("lat", a.getLatitude())
              .add("lng", a.getLongitude())
              .add(
                  "url", context + "/directory/asset.xhtml?id=" + a.getId() + conversationParam()));
    }
    return markers.build().toString();
  }

  /** Where the search was made from, for the map ("" when from nowhere in particular). */
  public String getOriginJson() {
    if (GeoPoint.isValid(pointLatitude, pointLongitude)) {
      return pointLatitude + "," + pointLongitude;
    }
    return assets
        .locate(nearPostcode == null ? "" : nearPostcode)
        .map(p -> p.getLatitude() + "," + p.getLongitude())
        .orElse("");
  }

  public String conversationParam() {
    return context == null ? "" : "&conversation=" + context.conversationId();
  }

  public List<AssetHit> getShown() {
    return results.size() > AssetSearch.MAX_RESULTS
        ? results.subList(0, AssetSearch.MAX_RESULTS)
        : results;
  }

  public boolean isTooMany() {
    return results.size() > AssetSearch.MAX_RESULTS;
  }

  public int getMaxResults() {
    return AssetSearch.MAX_RESULTS;
  }

  public boolean isPointChosen() {
    return GeoPoint.isValid(pointLatitude, pointLongitude);
  }

  public AssetLink linkFor(long assetId) {
    return linked.get(assetId);
  }

  /** "0.4 miles", "12 miles". */
  public String distance(Double miles) {
    if (miles == null) {
      return "";
    }
    return Messages.text(
        "directory.result.distance", String.format(Locale.UK, miles < 10 ? "%.1f" : "%.0f", miles));
  }

  public String withinLabel(Double miles) {
    return Messages.text("directory.search.miles", miles);
  }

  public List<AssetCategory> getCategories() {
    return List.of(AssetCategory.values());
  }

  public List<DayOfWeek> getDays() {
    return List.of(DayOfWeek.values());
  }

  public List<Double> getDistances() {
    return DISTANCES;
  }

  public boolean isEditor() {
    return assets.mayEdit(currentUser.caller());
  }

  public boolean isSeesGaps() {
    return currentUser.isTeamManager() || currentUser.isLeader() || currentUser.isAdmin();
  }

  // --- form fields ---------------------------------------------------------------------------

  public Long getConversation() {
    return conversation;
  }

  public void setConversation(Long conversation) {
    this.conversation = conversation;
  }

  public AssetLinks.Context getContext() {
    return context;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public AssetCategory getCategory() {
    return category;
  }

  public void setCategory(AssetCategory category) {
    this.category = category;
  }

  public String getTag() {
    return tag;
  }

  public void setTag(String tag) {
    this.tag = tag;
  }

  public String getWard() {
    return ward;
  }

  public void setWard(String ward) {
    this.ward = ward;
  }

  public DayOfWeek getOpenOn() {
    return openOn;
  }

  public void setOpenOn(DayOfWeek openOn) {
    this.openOn = openOn;
  }

  public boolean isFreeOnly() {
    return freeOnly;
  }

  public void setFreeOnly(boolean freeOnly) {
    this.freeOnly = freeOnly;
  }

  public String getNearPostcode() {
    return nearPostcode;
  }

  public void setNearPostcode(String nearPostcode) {
    this.nearPostcode = nearPostcode;
  }

  public Double getPointLatitude() {
    return pointLatitude;
  }

  public void setPointLatitude(Double pointLatitude) {
    this.pointLatitude = pointLatitude;
  }

  public Double getPointLongitude() {
    return pointLongitude;
  }

  public void setPointLongitude(Double pointLongitude) {
    this.pointLongitude = pointLongitude;
  }

  public Double getWithinMiles() {
    return withinMiles;
  }

  public void setWithinMiles(Double withinMiles) {
    this.withinMiles = withinMiles;
  }

  public List<AssetHit> getResults() {
    return results;
  }

  public boolean isSearched() {
    return searched;
  }

  public boolean isFromPlace() {
    return fromPlace;
  }

  public List<String> getTags() {
    return tags;
  }

  public List<String> getWards() {
    return wards;
  }
}
