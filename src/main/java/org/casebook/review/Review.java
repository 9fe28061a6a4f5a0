package org.casebook.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A review of what came of a conversation's goals. It is a record: once kept it is not changed. The
 * T-score, whether every goal was met and the person's first Key Human Indicators are kept with it,
 * so the dashboard reads them without working them out again.
 */
@Entity
@Table(name = "review")
public class Review extends org.casebook.contact.Recorded {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private long conversationId;

  @Column(name = "held_on", nullable = false, updatable = false)
  private LocalDate heldOn;

  @Column(name = "t_score", updatable = false)
  private Double tScore;

  @Column(name = "goals_met", nullable = false, updatable = false)
  private boolean goalsMet;

  @Column(name = "khi_people", updatable = false)
  private Integer khiPeople;

  @Column(name = "khi_control", updatable = false)
  private Integer khiControl;

  @Column(name = "khi_connected", updatable = false)
  private Integer khiConnected;

  @Column(name = "khi_words", length = ReviewDetails.COMMENT_MAX, updatable = false)
  private String khiWords;

  @Column(name = "first_khi_people", updatable = false)
  private Integer firstKhiPeople;

  @Column(name = "first_khi_control", updatable = false)
  private Integer firstKhiControl;

  @Column(name = "first_khi_connected", updatable = false)
  private Integer firstKhiConnected;

  @Column(name = "assets_in_use", nullable = false, updatable = false)
  private int assetsInUse;

  @Column(length = ReviewDetails.NOTES_MAX, updatable = false)
  private String notes;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_goal", joinColumns = @JoinColumn(name = "review_id"))
  @OrderColumn(name = "position")
  private List<ReviewGoal> goals = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "review_asset", joinColumns = @JoinColumn(name = "review_id"))
  private List<ReviewAsset> assets = new ArrayList<>();

  protected Review() {}

  /** Who and where: the person, the conversation reviewed, the team, worker and ward. */
  public record Subject(
      long personId, long conversationId, long teamId, long workerId, String ward) {}

  public Review(
      Subject subject,
      LocalDate heldOn,
      List<ReviewGoal> goals,
      Khi now,
      String khiWords,
      Khi first,
      List<ReviewAsset> assets,
      String notes,
      String by,
      Instant at) {
    super(subject.personId(), subject.teamId(), subject.workerId(), subject.ward(), by, at);
    this.conversationId = subject.conversationId();
    this.heldOn = Objects.requireNonNull(heldOn);
    this.goals = new ArrayList<>(goals);
    List<GoalAttainment.Scored> scored =
        goals.stream().map(g -> new GoalAttainment.Scored(g.getWeight(), g.getLevel())).toList();
    this.tScore = scored.isEmpty() ? null : GoalAttainment.tScore(scored);
    this.goalsMet = !goals.isEmpty() && goals.stream().allMatch(g -> g.getLevel() >= 0);
    this.khiPeople = now.people();
    this.khiControl = now.control();
    this.khiConnected = now.connected();
    this.khiWords = khiWords;
    this.firstKhiPeople = first.people();
    this.firstKhiControl = first.control();
    this.firstKhiConnected = first.connected();
    this.assets = new ArrayList<>(assets);
    this.assetsInUse = (int) assets.stream().filter(ReviewAsset::isInUse).count();
    this.notes = notes;
  }

  /** The T-score to one decimal place, or blank when there were no goals. */
  public String getScoreShown() {
    return tScore == null ? "" : GoalAttainment.shown(tScore);
  }

  public Khi khi() {
    return new Khi(khiPeople, khiControl, khiConnected);
  }

  public Khi firstKhi() {
    return new Khi(firstKhiPeople, firstKhiControl, firstKhiConnected);
  }

  public Long getId() {
    return id;
  }

  public long getConversationId() {
    return conversationId;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public Double getTScore() {
    return tScore;
  }

  public boolean isGoalsMet() {
    return goalsMet;
  }

  public Integer getKhiPeople() {
    return khiPeople;
  }

  public Integer getKhiControl() {
    return khiControl;
  }

  public Integer getKhiConnected() {
    return khiConnected;
  }

  public String getKhiWords() {
    return khiWords;
  }

  public Integer getFirstKhiPeople() {
    return firstKhiPeople;
  }

  public Integer getFirstKhiControl() {
    return firstKhiControl;
  }

  public Integer getFirstKhiConnected() {
    return firstKhiConnected;
  }

  public int getAssetsInUse() {
    return assetsInUse;
  }

  public String getNotes() {
    return notes;
  }

  public List<ReviewGoal> getGoals() {
    return goals;
  }

  public List<ReviewAsset> getAssets() {
    return assets;
  }
}
