package org.casebook.conversation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Texts;
import org.casebook.platform.UkDates;

/**
 * Everything a worker writes in a good-life conversation, section by section. A draft may be
 * incomplete and is kept exactly as typed; {@link #problems} says what must be put right before it
 * can be finalised.
 *
 * <p>Problems are keyed by the path of the field, in the form the pages use for ids: {@code
 * whatMatters}, {@code strengths:0:description}.
 */
public class ConversationNotes implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  /** Long notes: generous enough for a real conversation written up in full. */
  public static final int LONG_TEXT_MAX = 50_000;

  /** A description, a reason, a view. */
  public static final int TEXT_MAX = 5_000;

  /** A name, a relationship, a place. */
  public static final int SHORT_MAX = 200;

  public static final int RULER_MIN = 0;
  public static final int RULER_MAX = 10;

  /** The most people a "how many people can you call on" answer offers ("30 or more"). */
  public static final int KHI_PEOPLE_MAX = 30;

  // How it happened
  private String heldOn;
  private ContactMode mode;
  private String place;
  private String whoWasThere;

  // What matters
  private String whatMatters;
  private boolean whatMattersTheirWords = true;
  private String goodLife;
  private boolean goodLifeTheirWords = true;
  private String working;
  private String notWorking;

  private List<Strength> strengths = new ArrayList<>();
  private List<NetworkMember> network = new ArrayList<>();

  // Motivational interviewing
  private Integer importance;
  private String importanceReason;
  private Integer confidence;
  private String confidenceReason;
  private List<ChangeTalk> changeTalk = new ArrayList<>();
  private String sustainTalk;
  private StageOfChange stage;
  private String reflections;

  // Key Human Indicators: how many people they can call on, how in control and how connected they
  // feel (0 to 10), with their words. Read again at the review to see what changed.
  private Integer khiPeople;
  private Integer khiControl;
  private Integer khiConnected;
  private String khiWords;

  private List<OwnedRisk> risks = new ArrayList<>();
  private List<Goal> goals = new ArrayList<>();
  private List<AgreedAction> actions = new ArrayList<>();

  /**
   * The notes to start a new conversation with: strengths, network and goals carried forward from
   * the last one (same keys, so goals can be followed over time); everything said on the day starts
   * empty. Call it on notes just read from storage: the goals it carries are the same objects, with
   * this conversation's attainment cleared.
   */
  public ConversationNotes carriedForward(LocalDate today) {
    ConversationNotes next = new ConversationNotes();
    next.heldOn = UkDates.forInput(today);
    next.strengths = new ArrayList<>(strengths);
    next.network = new ArrayList<>(network);
    List<Goal> carried = new ArrayList<>();
    for (Goal goal : goals) {
      goal.setAttainment(null);
      carried.add(goal);
    }
    next.goals = carried;
    return next;
  }

  /** A fresh conversation held today. */
  public static ConversationNotes startingOn(LocalDate today) {
    ConversationNotes notes = new ConversationNotes();
    notes.heldOn = UkDates.forInput(today);
    return notes;
  }

  /** Drops rows that were added but never filled in, so they neither show nor block finalising. */
  public ConversationNotes withoutBlankRows() {
    strengths.removeIf(Strength::isBlank);
    network.removeIf(NetworkMember::isBlank);
    changeTalk.removeIf(ChangeTalk::isBlank);
    risks.removeIf(OwnedRisk::isBlank);
    goals.removeIf(Goal::isBlank);
    actions.removeIf(AgreedAction::isBlank);
    Set<String> strengthKeys = keys(strengths, Strength::getKey);
    Set<String> networkKeys = keys(network, NetworkMember::getKey);
    for (Goal goal : goals) {
      goal.getStrengthKeys().retainAll(strengthKeys);
      goal.getNetworkKeys().retainAll(networkKeys);
    }
    for (AgreedAction action : actions) {
      if (action.getNetworkKey() != null && !networkKeys.contains(action.getNetworkKey())) {
        action.setNetworkKey(null);
      }
    }
    return this;
  }

  /** Only limits that protect storage: a draft with these problems is still saved. */
  public Map<String, FieldProblem> lengthProblems() {
    Map<String, FieldProblem> problems = new LinkedHashMap<>();
    tooLong(problems, "heldOn", heldOn, SHORT_MAX);
    tooLong(problems, "place", place, SHORT_MAX);
    tooLong(problems, "whoWasThere", whoWasThere, TEXT_MAX);
    tooLong(problems, "whatMatters", whatMatters, LONG_TEXT_MAX);
    tooLong(problems, "goodLife", goodLife, LONG_TEXT_MAX);
    tooLong(problems, "working", working, LONG_TEXT_MAX);
    tooLong(problems, "notWorking", notWorking, LONG_TEXT_MAX);
    tooLong(problems, "importanceReason", importanceReason, TEXT_MAX);
    tooLong(problems, "khiWords", khiWords, TEXT_MAX);
    tooLong(problems, "confidenceReason", confidenceReason, TEXT_MAX);
    tooLong(problems, "sustainTalk", sustainTalk, LONG_TEXT_MAX);
    tooLong(problems, "reflections", reflections, LONG_TEXT_MAX);
    for (int i = 0; i < strengths.size(); i++) {
      tooLong(
          problems, "strengths:" + i + ":description", strengths.get(i).getDescription(), TEXT_MAX);
    }
    for (int i = 0; i < network.size(); i++) {
      NetworkMember m = network.get(i);
      String at = "network:" + i + ":";
      tooLong(problems, at + "name", m.getName(), SHORT_MAX);
      tooLong(problems, at + "relationship", m.getRelationship(), SHORT_MAX);
      tooLong(problems, at + "supportGiven", m.getSupportGiven(), TEXT_MAX);
      tooLong(problems, at + "supportReceived", m.getSupportReceived(), TEXT_MAX);
    }
    for (int i = 0; i < changeTalk.size(); i++) {
      tooLong(problems, "changeTalk:" + i + ":words", changeTalk.get(i).getWords(), TEXT_MAX);
    }
    for (int i = 0; i < risks.size(); i++) {
      OwnedRisk r = risks.get(i);
      String at = "risks:" + i + ":";
      tooLong(problems, at + "risk", r.getRisk(), TEXT_MAX);
      tooLong(problems, at + "personsView", r.getPersonsView(), TEXT_MAX);
      tooLong(problems, at + "saferWhen", r.getSaferWhen(), TEXT_MAX);
      tooLong(problems, at + "agreedBy", r.getAgreedBy(), SHORT_MAX);
    }
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      String at = "goals:" + i + ":";
      tooLong(problems, at + "words", g.getWords(), TEXT_MAX);
      for (int level = Goal.LEVEL_MIN; level <= Goal.LEVEL_MAX; level++) {
        tooLong(problems, at + levelField(level), g.descriptor(level), TEXT_MAX);
      }
      tooLong(problems, at + "targetDate", g.getTargetDate(), SHORT_MAX);
    }
    for (int i = 0; i < actions.size(); i++) {
      AgreedAction a = actions.get(i);
      String at = "actions:" + i + ":";
      tooLong(problems, at + "ownerName", a.getOwnerName(), SHORT_MAX);
      tooLong(problems, at + "what", a.getWhat(), TEXT_MAX);
      tooLong(problems, at + "byWhen", a.getByWhen(), SHORT_MAX);
    }
    return problems;
  }

  /** Everything that must be put right before the conversation can be finalised. */
  public Map<String, FieldProblem> problems(LocalDate today) {
    Map<String, FieldProblem> problems = lengthProblems();
    Optional<LocalDate> held = UkDates.parse(heldOn);
    if (Texts.isBlank(heldOn)) {
      add(problems, "heldOn", "conversation.heldOn.required");
    } else if (held.isEmpty()) {
      add(problems, "heldOn", "conversation.date.invalid");
    } else if (held.get().isAfter(today)) {
      add(problems, "heldOn", "conversation.heldOn.future");
    }
    if (mode == null) {
      add(problems, "mode", "conversation.mode.required");
    }
    if (Texts.isBlank(whatMatters)) {
      add(problems, "whatMatters", "conversation.whatMatters.required");
    }
    if (khiPeople != null && (khiPeople < 0 || khiPeople > KHI_PEOPLE_MAX)) {
      add(problems, "khiPeople", "conversation.khiPeople.range");
    }
    ruler(problems, "khiControl", khiControl);
    ruler(problems, "khiConnected", khiConnected);
    ruler(problems, "importance", importance);
    ruler(problems, "confidence", confidence);

    for (int i = 0; i < strengths.size(); i++) {
      Strength s = strengths.get(i);
      String at = "strengths:" + i + ":";
      required(
          problems, at + "category", s.getCategory(), "conversation.strength.category.required");
      requiredText(
          problems, at + "description", s.getDescription(), "conversation.strength.required");
    }
    for (int i = 0; i < network.size(); i++) {
      NetworkMember m = network.get(i);
      String at = "network:" + i + ":";
      if (Texts.isBlank(m.getName()) && Texts.isBlank(m.getRelationship())) {
        add(problems, at + "name", "conversation.network.name.required");
      }
      required(problems, at + "group", m.getGroup(), "conversation.network.group.required");
      if (m.getCloseness() == null) {
        add(problems, at + "closeness", "conversation.network.closeness.required");
      } else if (m.getCloseness() < NetworkMember.CLOSENESS_MIN
          || m.getCloseness() > NetworkMember.CLOSENESS_MAX) {
        add(problems, at + "closeness", "conversation.network.closeness.range");
      }
    }
    for (int i = 0; i < changeTalk.size(); i++) {
      ChangeTalk c = changeTalk.get(i);
      String at = "changeTalk:" + i + ":";
      requiredText(problems, at + "words", c.getWords(), "conversation.changeTalk.required");
      required(problems, at + "type", c.getType(), "conversation.changeTalk.type.required");
    }
    for (int i = 0; i < risks.size(); i++) {
      OwnedRisk r = risks.get(i);
      String at = "risks:" + i + ":";
      requiredText(problems, at + "risk", r.getRisk(), "conversation.risk.required");
      requiredText(
          problems, at + "personsView", r.getPersonsView(), "conversation.risk.view.required");
    }
    Set<String> strengthKeys = keys(strengths, Strength::getKey);
    Set<String> networkKeys = keys(network, NetworkMember::getKey);
    for (int i = 0; i < goals.size(); i++) {
      Goal g = goals.get(i);
      String at = "goals:" + i + ":";
      requiredText(problems, at + "words", g.getWords(), "conversation.goal.required");
      for (int level = Goal.LEVEL_MIN; level <= Goal.LEVEL_MAX; level++) {
        requiredText(
            problems,
            at + levelField(level),
            g.descriptor(level),
            "conversation.goal.level.required");
      }
      if (g.getWeight() != null
          && (g.getWeight() < Goal.WEIGHT_MIN || g.getWeight() > Goal.WEIGHT_MAX)) {
        add(problems, at + "weight", "conversation.goal.weight.range");
      }
      if (g.getAttainment() != null
          && (g.getAttainment() < Goal.LEVEL_MIN || g.getAttainment() > Goal.LEVEL_MAX)) {
        add(problems, at + "attainment", "conversation.goal.attainment.range");
      }
      date(problems, at + "targetDate", g.getTargetDate());
      if (!strengthKeys.containsAll(g.getStrengthKeys())
          || !networkKeys.containsAll(g.getNetworkKeys())) {
        add(problems, at + "links", "conversation.goal.links.unknown");
      }
    }
    for (int i = 0; i < actions.size(); i++) {
      AgreedAction a = actions.get(i);
      String at = "actions:" + i + ":";
      required(problems, at + "owner", a.getOwner(), "conversation.action.owner.required");
      if (a.getOwner() == ActionOwner.NETWORK_MEMBER
          && (a.getNetworkKey() == null || !networkKeys.contains(a.getNetworkKey()))) {
        add(problems, at + "networkKey", "conversation.action.member.required");
      }
      if ((a.getOwner() == ActionOwner.COMMUNITY_GROUP) && Texts.isBlank(a.getOwnerName())) {
        add(problems, at + "ownerName", "conversation.action.group.required");
      }
      requiredText(problems, at + "what", a.getWhat(), "conversation.action.what.required");
      date(problems, at + "byWhen", a.getByWhen());
    }
    return problems;
  }

  /** The same notes tidied for keeping: paragraphs kept, blanks as null, dates in one form. */
  public ConversationNotes tidy() {
    heldOn = tidyDate(heldOn);
    place = Texts.oneLine(place);
    whoWasThere = Texts.keepLines(whoWasThere);
    whatMatters = Texts.keepLines(whatMatters);
    goodLife = Texts.keepLines(goodLife);
    working = Texts.keepLines(working);
    notWorking = Texts.keepLines(notWorking);
    importanceReason = Texts.keepLines(importanceReason);
    khiWords = Texts.keepLines(khiWords);
    confidenceReason = Texts.keepLines(confidenceReason);
    sustainTalk = Texts.keepLines(sustainTalk);
    reflections = Texts.keepLines(reflections);
    for (Strength s : strengths) {
      s.setDescription(Texts.keepLines(s.getDescription()));
    }
    for (NetworkMember m : network) {
      m.setName(Texts.oneLine(m.getName()));
      m.setRelationship(Texts.oneLine(m.getRelationship()));
      m.setSupportGiven(Texts.keepLines(m.getSupportGiven()));
      m.setSupportReceived(Texts.keepLines(m.getSupportReceived()));
    }
    for (ChangeTalk c : changeTalk) {
      c.setWords(Texts.keepLines(c.getWords()));
    }
    for (OwnedRisk r : risks) {
      r.setRisk(Texts.keepLines(r.getRisk()));
      r.setPersonsView(Texts.keepLines(r.getPersonsView()));
      r.setSaferWhen(Texts.keepLines(r.getSaferWhen()));
      r.setAgreedBy(Texts.oneLine(r.getAgreedBy()));
    }
    for (Goal g : goals) {
      g.setWords(Texts.keepLines(g.getWords()));
      g.scaled(
          Texts.keepLines(g.getMuchLessThanExpected()),
          Texts.keepLines(g.getLessThanExpected()),
          Texts.keepLines(g.getExpected()),
          Texts.keepLines(g.getMoreThanExpected()),
          Texts.keepLines(g.getMuchMoreThanExpected()));
      g.setTargetDate(tidyDate(g.getTargetDate()));
    }
    for (AgreedAction a : actions) {
      a.setOwnerName(Texts.oneLine(a.getOwnerName()));
      a.setWhat(Texts.keepLines(a.getWhat()));
      a.setByWhen(tidyDate(a.getByWhen()));
    }
    return this;
  }

  /** The date the conversation was held, when it has been given as a real date. */
  public Optional<LocalDate> heldOnDate() {
    return UkDates.parse(heldOn);
  }

  public Optional<NetworkMember> member(String key) {
    return network.stream().filter(m -> m.getKey().equals(key)).findFirst();
  }

  public Optional<Strength> strength(String key) {
    return strengths.stream().filter(s -> s.getKey().equals(key)).findFirst();
  }

  /** The field name of one GAS level's descriptor. */
  public static String levelField(int level) {
    return switch (level) {
      case -2 -> "muchLessThanExpected";
      case -1 -> "lessThanExpected";
      case 0 -> "expected";
      case 1 -> "moreThanExpected";
      case 2 -> "muchMoreThanExpected";
      default -> throw new IllegalArgumentException("GAS levels run from -2 to +2");
    };
  }

  private static String tidyDate(String typed) {
    String text = Texts.oneLine(typed);
    return text == null ? null : UkDates.parse(text).map(UkDates::forInput).orElse(text);
  }

  private static <T> Set<String> keys(List<T> items, Function<T, String> key) {
    Set<String> keys = new HashSet<>();
    items.stream().map(key).forEach(keys::add);
    return keys;
  }

  private static void ruler(Map<String, FieldProblem> problems, String field, Integer value) {
    if (value != null && (value < RULER_MIN || value > RULER_MAX)) {
      add(problems, field, "conversation.ruler.range");
    }
  }

  private static void date(Map<String, FieldProblem> problems, String field, String typed) {
    if (!Texts.isBlank(typed) && UkDates.parse(typed).isEmpty()) {
      add(problems, field, "conversation.date.invalid");
    }
  }

  private static void required(
      Map<String, FieldProblem> problems, String field, Object value, String key) {
    if (value == null) {
      add(problems, field, key);
    }
  }

  private static void requiredText(
      Map<String, FieldProblem> problems, String field, String value, String key) {
    if (Texts.isBlank(value)) {
      add(problems, field, key);
    }
  }

  private static void tooLong(
      Map<String, FieldProblem> problems, String field, String value, int max) {
    if (Texts.storedLength(value) > max) {
      problems.put(field, new FieldProblem("field.tooLong", max));
    }
  }

  private static void add(Map<String, FieldProblem> problems, String field, String key) {
    problems.putIfAbsent(field, new FieldProblem(key));
  }

  // --- properties (pages and JSON bind to these) ---------------------------------------------

  public String getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(String heldOn) {
    this.heldOn = heldOn;
  }

  public ContactMode getMode() {
    return mode;
  }

  public void setMode(ContactMode mode) {
    this.mode = mode;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getWhoWasThere() {
    return whoWasThere;
  }

  public void setWhoWasThere(String whoWasThere) {
    this.whoWasThere = whoWasThere;
  }

  public String getWhatMatters() {
    return whatMatters;
  }

  public void setWhatMatters(String whatMatters) {
    this.whatMatters = whatMatters;
  }

  public boolean isWhatMattersTheirWords() {
    return whatMattersTheirWords;
  }

  public void setWhatMattersTheirWords(boolean value) {
    this.whatMattersTheirWords = value;
  }

  public String getGoodLife() {
    return goodLife;
  }

  public void setGoodLife(String goodLife) {
    this.goodLife = goodLife;
  }

  public boolean isGoodLifeTheirWords() {
    return goodLifeTheirWords;
  }

  public void setGoodLifeTheirWords(boolean value) {
    this.goodLifeTheirWords = value;
  }

  public String getWorking() {
    return working;
  }

  public void setWorking(String working) {
    this.working = working;
  }

  public String getNotWorking() {
    return notWorking;
  }

  public void setNotWorking(String notWorking) {
    this.notWorking = notWorking;
  }

  public List<Strength> getStrengths() {
    return strengths;
  }

  public void setStrengths(List<Strength> strengths) {
    this.strengths = strengths == null ? new ArrayList<>() : new ArrayList<>(strengths);
  }

  public List<NetworkMember> getNetwork() {
    return network;
  }

  public void setNetwork(List<NetworkMember> network) {
    this.network = network == null ? new ArrayList<>() : new ArrayList<>(network);
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

  /** Whether any Key Human Indicator was recorded. */
  @jakarta.json.bind.annotation.JsonbTransient
  public boolean isKhiRecorded() {
    return khiPeople != null || khiControl != null || khiConnected != null;
  }

  public Integer getImportance() {
    return importance;
  }

  public void setImportance(Integer importance) {
    this.importance = importance;
  }

  public String getImportanceReason() {
    return importanceReason;
  }

  public void setImportanceReason(String importanceReason) {
    this.importanceReason = importanceReason;
  }

  public Integer getConfidence() {
    return confidence;
  }

  public void setConfidence(Integer confidence) {
    this.confidence = confidence;
  }

  public String getConfidenceReason() {
    return confidenceReason;
  }

  public void setConfidenceReason(String confidenceReason) {
    this.confidenceReason = confidenceReason;
  }

  public List<ChangeTalk> getChangeTalk() {
    return changeTalk;
  }

  public void setChangeTalk(List<ChangeTalk> changeTalk) {
    this.changeTalk = changeTalk == null ? new ArrayList<>() : new ArrayList<>(changeTalk);
  }

  public String getSustainTalk() {
    return sustainTalk;
  }

  public void setSustainTalk(String sustainTalk) {
    this.sustainTalk = sustainTalk;
  }

  public StageOfChange getStage() {
    return stage;
  }

  public void setStage(StageOfChange stage) {
    this.stage = stage;
  }

  public String getReflections() {
    return reflections;
  }

  public void setReflections(String reflections) {
    this.reflections = reflections;
  }

  public List<OwnedRisk> getRisks() {
    return risks;
  }

  public void setRisks(List<OwnedRisk> risks) {
    this.risks = risks == null ? new ArrayList<>() : new ArrayList<>(risks);
  }

  public List<Goal> getGoals() {
    return goals;
  }

  public void setGoals(List<Goal> goals) {
    this.goals = goals == null ? new ArrayList<>() : new ArrayList<>(goals);
  }

  public List<AgreedAction> getActions() {
    return actions;
  }

  public void setActions(List<AgreedAction> actions) {
    this.actions = actions == null ? new ArrayList<>() : new ArrayList<>(actions);
  }
}
