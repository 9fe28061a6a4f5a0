package org.casebook.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.casebook.contact.ResolutionRoute;
import org.casebook.conversation.Goal;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.platform.UkDates;
import org.casebook.platform.web.FieldErrors;
import org.casebook.platform.web.Pages;
import org.casebook.review.GoalAttainment;
import org.casebook.review.Review;
import org.casebook.review.ReviewDetails;
import org.casebook.review.Reviews;
import org.casebook.security.CurrentUser;

/**
 * Records a review of a conversation's goals: the level reached on each, with the person's words,
 * the T-score worked out as the levels are chosen, Key Human Indicators beside the first ones,
 * connections still in use, and the resolution with Casebook's suggestion.
 */
@Named
@ViewScoped
public class RecordReview implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Reviews reviews;
  @Inject CurrentUser currentUser;
  @Inject Clock clock;
  @Inject org.casebook.contact.FrontDoorSettings settings;

  /** One goal on the form. */
  public static class GoalRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Goal goal;
    private Integer level;
    private String comment;

    GoalRow(Goal goal) {
      this.goal = goal;
    }

    public Goal getGoal() {
      return goal;
    }

    public int getWeight() {
      return goal.getWeight() == null ? 1 : goal.getWeight();
    }

    public Integer getLevel() {
      return level;
    }

    public void setLevel(Integer level) {
      this.level = level;
    }

    public String getComment() {
      return comment;
    }

    public void setComment(String comment) {
      this.comment = comment;
    }
  }

  private Long conversationId;
  private List<LocalDate> requestsBegan = new ArrayList<>();
  private String knownAs;
  private Long personId;
  private LocalDate conversationHeldOn;
  private List<GoalRow> goals = new ArrayList<>();
  private List<LinkRow> links = new ArrayList<>();

  private String heldOn;
  private Integer khiPeople;
  private Integer khiControl;
  private Integer khiConnected;
  private String khiWords;
  private List<String> inUse = new ArrayList<>();
  private String notes;
  private Boolean resolved;
  private ResolutionRoute route;
  private Boolean sustainable;
  private String reason;
  private Integer firstPeople;
  private Integer firstControl;
  private Integer firstConnected;
  private boolean alreadyReviewed;
  private Long existingId;

  /** A community connection that may still be in use. */
  public record LinkRow(long id, String assetName, String status) implements Serializable {
    public long getId() {
      return id;
    }

    public String getAssetName() {
      return assetName;
    }

    public String getStatus() {
      return status;
    }
  }

  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    if (conversationId == null) {
      Pages.notFound();
      return;
    }
    Reviews.Start start;
    try {
      start = reviews.start(currentUser.caller(), conversationId, Pages.channel());
    } catch (NotFound e) {
      Pages.notFound();
      return;
    } catch (RuleViolation e) {
      Pages.error(e);
      return;
    }
    knownAs = start.person().getKnownAs();
    personId = start.person().getId();
    conversationHeldOn = start.conversation().getHeldOn();
    alreadyReviewed = start.existing() != null;
    existingId = alreadyReviewed ? start.existing().getId() : null;
    for (Goal g : start.goals()) {
      goals.add(new GoalRow(g));
    }
    for (var l : start.links()) {
      links.add(new LinkRow(l.getId(), l.getAsset().getName(), l.getStatus().getMessageKey()));
    }
    firstPeople = start.firstKhi().people();
    firstControl = start.firstKhi().control();
    firstConnected = start.firstKhi().connected();
    requestsBegan = new ArrayList<>(start.requestsBegan());
    heldOn = UkDates.forInput(LocalDate.now(clock));
  }

  /** The levels chosen so far, or null until every goal has one. */
  private List<Integer> levels() {
    if (goals.isEmpty() || goals.stream().anyMatch(g -> g.getLevel() == null)) {
      return null;
    }
    return goals.stream().map(GoalRow::getLevel).toList();
  }

  /** The T-score as it stands, or blank until every goal has a level. */
  public String getGasScore() {
    if (levels() == null) {
      return "";
    }
    return GoalAttainment.shown(
        GoalAttainment.tScore(
            goals.stream()
                .map(g -> new GoalAttainment.Scored(g.getWeight(), g.getLevel()))
                .toList()));
  }

  /** Casebook's suggestion once every goal has a level: null before then. */
  public Boolean getSuggestion() {
    List<Integer> levels = levels();
    if (levels == null) {
      return null;
    }
    return org.casebook.contact.Sustainability.suggested(
        levels,
        conversationHeldOn == null ? LocalDate.now(clock) : conversationHeldOn,
        requestsBegan,
        settings.windowMonths());
  }

  public String save() {
    List<ReviewDetails.GoalReached> reached = new ArrayList<>();
    for (GoalRow g : goals) {
      reached.add(new ReviewDetails.GoalReached(g.goal.getKey(), g.level, g.comment));
    }
    Set<Long> used = new HashSet<>();
    inUse.stream().filter(Objects::nonNull).map(Long::valueOf).forEach(used::add);
    if (resolved == null) {
      Pages.fieldError(
          "f:resolved", org.casebook.platform.Messages.text("review.resolved.required"));
    }
    try {
      ReviewDetails details =
          new ReviewDetails(
              heldOn,
              reached,
              khiPeople,
              khiControl,
              khiConnected,
              khiWords,
              used,
              notes,
              Boolean.TRUE.equals(resolved),
              route,
              sustainable,
              reason);
      if (resolved == null) {
        var problems = details.problems(LocalDate.now(clock));
        FieldErrors.show("f", problems, "form.problems");
        return null;
      }
      Review review =
          reviews.record(currentUser.caller(), conversationId, details, Pages.channel());
      Pages.info("review.saved", review.getScoreShown());
      Pages.keepMessages();
      return "/review/view?faces-redirect=true&id=" + review.getId();
    } catch (FieldsRefused e) {
      FieldErrors.show("f", e.problems(), "form.problems");
    } catch (NotFound e) {
      Pages.notFound();
    } catch (RuleViolation e) {
      Pages.error(e);
    }
    return null;
  }

  public List<ResolutionRoute> getRoutes() {
    return List.of(ResolutionRoute.values());
  }

  public List<Integer> getLevelsOffered() {
    return List.of(2, 1, 0, -1, -2);
  }

  public Long getConversationId() {
    return conversationId;
  }

  public void setConversationId(Long conversationId) {
    this.conversationId = conversationId;
  }

  public String getKnownAs() {
    return knownAs;
  }

  public Long getPersonId() {
    return personId;
  }

  public LocalDate getConversationHeldOn() {
    return conversationHeldOn;
  }

  public boolean isAlreadyReviewed() {
    return alreadyReviewed;
  }

  public Long getExistingId() {
    return existingId;
  }

  public boolean isReady() {
    return knownAs != null;
  }

  public List<GoalRow> getGoals() {
    return goals;
  }

  public List<LinkRow> getLinks() {
    return links;
  }

  public Integer getFirstPeople() {
    return firstPeople;
  }

  public Integer getFirstControl() {
    return firstControl;
  }

  public Integer getFirstConnected() {
    return firstConnected;
  }

  public boolean isFirstKhiKnown() {
    return firstPeople != null || firstControl != null || firstConnected != null;
  }

  public String getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(String heldOn) {
    this.heldOn = heldOn;
  }

  public Integer getKhiPeople() {
    return khiPeople;
  }

  public void setKhiPeople(Integer khiPeople) {
    this.khiPeople = khiPeople;
  }

  public Integer getKhiControl() {
    return khiControl;
  }

  public void setKhiControl(Integer khiControl) {
    this.khiControl = khiControl;
  }

  public Integer getKhiConnected() {
    return khiConnected;
  }

  public void setKhiConnected(Integer khiConnected) {
    this.khiConnected = khiConnected;
  }

  public String getKhiWords() {
    return khiWords;
  }

  public void setKhiWords(String khiWords) {
    this.khiWords = khiWords;
  }

  public List<String> getInUse() {
    return inUse;
  }

  public void setInUse(List<String> inUse) {
    this.inUse = inUse == null ? new ArrayList<>() : new ArrayList<>(inUse);
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Boolean getResolved() {
    return resolved;
  }

  public void setResolved(Boolean resolved) {
    this.resolved = resolved;
  }

  public ResolutionRoute getRoute() {
    return route;
  }

  public void setRoute(ResolutionRoute route) {
    this.route = route;
  }

  public Boolean getSustainable() {
    return sustainable;
  }

  public void setSustainable(Boolean sustainable) {
    this.sustainable = sustainable;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
