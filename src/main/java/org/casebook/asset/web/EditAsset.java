package org.casebook.asset.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetCategory;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.Assets;
import org.casebook.asset.OpeningHours;
import org.casebook.asset.OpeningTime;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.web.Pages;
import org.casebook.security.CurrentUser;

/**
 * An editor adds an asset or changes one. Problems are shown next to their fields and nothing typed
 * is lost; if someone else saved first, the editor chooses whose version to keep.
 */
@Named
@ViewScoped
public class EditAsset implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Assets assets;
  @Inject CurrentUser currentUser;

  /** One day's sessions as typed. */
  public static class DayRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final DayOfWeek day;
    private String sessions;

    DayRow(DayOfWeek day, String sessions) {
      this.day = day;
      this.sessions = sessions;
    }

    public DayOfWeek getDay() {
      return day;
    }

    public String getSessions() {
      return sessions;
    }

    public void setSessions(String sessions) {
      this.sessions = sessions;
    }
  }

  private Long id;
  private int version;
  private boolean conflict;
  private String savedName;

  private String name;
  private String description;
  private AssetCategory category;
  private String tags;
  private String forWhom;
  private String minimumAge;
  private String maximumAge;
  private String address;
  private String postcode;
  private String ward;
  private String latitude;
  private String longitude;
  private List<DayRow> days = new ArrayList<>();
  private String openingNotes;
  private boolean free;
  private String cost;
  private String accessibility;
  private String contactName;
  private String phone;
  private String email;
  private String website;
  private boolean published = true;

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (!assets.mayEdit(currentUser.caller())) {
      Pages.notFound();
      return;
    }
    if (id == null) {
      fill(null);
      return;
    }
    try {
      Asset asset = assets.get(currentUser.caller(), id);
      if (asset.isRetired()) {
        Pages.notFound();
        return;
      }
      fill(asset);
    } catch (NotFound e) {
      Pages.notFound();
    }
  }

  private void fill(Asset a) {
    days = new ArrayList<>();
    Map<DayOfWeek, String> byDay = a == null ? Map.of() : a.openingHours().byDay();
    for (DayOfWeek d : DayOfWeek.values()) {
      days.add(new DayRow(d, byDay.get(d)));
    }
    if (a == null) {
      return;
    }
    version = a.getVersion();
    savedName = a.getName();
    AssetDetails d = a.details();
    name = d.name();
    description = d.description();
    category = d.category();
    tags = String.join(", ", d.tags());
    forWhom = d.forWhom();
    minimumAge = d.minimumAge() == null ? null : d.minimumAge().toString();
    maximumAge = d.maximumAge() == null ? null : d.maximumAge().toString();
    address = d.address();
    postcode = d.postcode();
    ward = d.ward();
    latitude = d.latitude() == null ? null : d.latitude().toString();
    longitude = d.longitude() == null ? null : d.longitude().toString();
    openingNotes = d.openingNotes();
    free = d.free();
    cost = d.cost();
    accessibility = d.accessibility();
    contactName = d.contactName();
    phone = d.phone();
    email = d.email();
    website = d.website();
    published = d.published();
  }

  public String save() {
    List<OpeningTime> times = new ArrayList<>();
    boolean fine = true;
    for (int i = 0; i < days.size(); i++) {
      DayRow row = days.get(i);
      OpeningHours.Parsed parsed = OpeningHours.parseDay(row.day, row.sessions);
      if (!parsed.ok()) {
        Pages.fieldError("f:days:" + i + ":sessions", Messages.text(parsed.problem()));
        fine = false;
      }
      times.addAll(parsed.sessions());
    }
    Integer minAge = whole("minimumAge", minimumAge);
    Integer maxAge = whole("maximumAge", maximumAge);
    Double lat = decimal("latitude", latitude);
    Double lng = decimal("longitude", longitude);
    fine &= (minAge != null || blank(minimumAge)) && (maxAge != null || blank(maximumAge));
    fine &= (lat != null || blank(latitude)) && (lng != null || blank(longitude));
    AssetDetails details =
        new AssetDetails(
            name,
            description,
            category,
            AssetDetails.tagsFrom(tags),
            forWhom,
            minAge,
            maxAge,
            address,
            postcode,
            ward,
            lat,
            lng,
            times,
            openingNotes,
            free,
            cost,
            accessibility,
            contactName,
            phone,
            email,
            website,
            published);
    Map<String, FieldProblem> problems = new java.util.LinkedHashMap<>(details.problems());
    // A number that could not be read already has its message; the rules see it as blank.
    problems
        .keySet()
        .removeIf(f -> FacesContext.getCurrentInstance().getMessageList("f:" + f).size() > 0);
    org.casebook.platform.web.FieldErrors.besideFields("f", problems);
    if (!fine || !problems.isEmpty()) {
      Pages.error("asset.edit.problems");
      return null;
    }
    try {
      Asset saved =
          id == null
              ? assets.create(currentUser.caller(), details)
              : assets.update(currentUser.caller(), id, version, details);
      Pages.info("asset.edit.saved");
      Pages.keepMessages();
      return "/directory/asset?faces-redirect=true&id=" + saved.getId();
    } catch (EditConflict e) {
      conflict = true;
      Pages.error("asset.edit.conflict");
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private Integer whole(String field, String typed) {
    if (blank(typed)) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      Pages.fieldError("f:" + field, Messages.text("asset.edit.age.invalid"));
      return null;
    }
  }

  private Double decimal(String field, String typed) {
    if (blank(typed)) {
      return null;
    }
    try {
      double value = Double.parseDouble(typed.strip());
      return Double.isFinite(value) ? value : fail(field);
    } catch (NumberFormatException e) {
      return fail(field);
    }
  }

  private Double fail(String field) {
    Pages.fieldError("f:" + field, Messages.text("asset.edit.number.invalid"));
    return null;
  }

  /** Keeps what this editor typed over what the other person saved. */
  public String saveMine() {
    version = assets.get(currentUser.caller(), id).getVersion();
    conflict = false;
    return save();
  }

  /** Drops this editor's typing and shows what is saved now. */
  public void takeTheirs() {
    fill(assets.get(currentUser.caller(), id));
    conflict = false;
  }

  public boolean isNew() {
    return id == null;
  }

  public List<AssetCategory> getCategories() {
    return List.of(AssetCategory.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public boolean isConflict() {
    return conflict;
  }

  public String getSavedName() {
    return savedName;
  }

  public List<DayRow> getDays() {
    return days;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public AssetCategory getCategory() {
    return category;
  }

  public void setCategory(AssetCategory category) {
    this.category = category;
  }

  public String getTags() {
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getForWhom() {
    return forWhom;
  }

  public void setForWhom(String forWhom) {
    this.forWhom = forWhom;
  }

  public String getMinimumAge() {
    return minimumAge;
  }

  public void setMinimumAge(String minimumAge) {
    this.minimumAge = minimumAge;
  }

  public String getMaximumAge() {
    return maximumAge;
  }

  public void setMaximumAge(String maximumAge) {
    this.maximumAge = maximumAge;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getWard() {
    return ward;
  }

  public void setWard(String ward) {
    this.ward = ward;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public String getOpeningNotes() {
    return openingNotes;
  }

  public void setOpeningNotes(String openingNotes) {
    this.openingNotes = openingNotes;
  }

  public boolean isFree() {
    return free;
  }

  public void setFree(boolean free) {
    this.free = free;
  }

  public String getCost() {
    return cost;
  }

  public void setCost(String cost) {
    this.cost = cost;
  }

  public String getAccessibility() {
    return accessibility;
  }

  public void setAccessibility(String accessibility) {
    this.accessibility = accessibility;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }

  public boolean isPublished() {
    return published;
  }

  public void setPublished(boolean published) {
    this.published = published;
  }
}
