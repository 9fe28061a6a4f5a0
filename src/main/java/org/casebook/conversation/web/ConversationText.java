package org.casebook.conversation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.casebook.conversation.ActionOwner;
import org.casebook.conversation.AgreedAction;
import org.casebook.conversation.ChangeTalkType;
import org.casebook.conversation.ContactFrequency;
import org.casebook.conversation.ContactMode;
import org.casebook.conversation.ConversationKind;
import org.casebook.conversation.ConversationNotes;
import org.casebook.conversation.Goal;
import org.casebook.conversation.NetworkGroup;
import org.casebook.conversation.NetworkMember;
import org.casebook.conversation.StageOfChange;
import org.casebook.conversation.Strength;
import org.casebook.conversation.StrengthCategory;
import org.casebook.platform.Messages;

/** Choices and wording for conversation pages, so views stay free of logic. */
@Named
@ApplicationScoped
public class ConversationText {

  /** One GAS level with its descriptor, for showing a goal's scale. */
  public record Level(int level, String label, String descriptor) {
    public int getLevel() {
      return level;
    }

    public String getLabel() {
      return label;
    }

    public String getDescriptor() {
      return descriptor;
    }
  }

  /** A group of strengths under one heading. */
  public record StrengthGroup(StrengthCategory category, List<Strength> strengths) {
    public StrengthCategory getCategory() {
      return category;
    }

    public List<Strength> getStrengths() {
      return strengths;
    }
  }

  public List<ConversationKind> getKinds() {
    return Arrays.asList(ConversationKind.values());
  }

  public List<ContactMode> getModes() {
    return Arrays.asList(ContactMode.values());
  }

  public List<StrengthCategory> getStrengthCategories() {
    return Arrays.asList(StrengthCategory.values());
  }

  public List<NetworkGroup> getGroups() {
    return Arrays.asList(NetworkGroup.values());
  }

  public List<ContactFrequency> getContactFrequencies() {
    return Arrays.asList(ContactFrequency.values());
  }

  public List<ChangeTalkType> getChangeTalkTypes() {
    return Arrays.asList(ChangeTalkType.values());
  }

  public List<StageOfChange> getStages() {
    return Arrays.asList(StageOfChange.values());
  }

  public List<ActionOwner> getOwners() {
    return Arrays.asList(ActionOwner.values());
  }

  public List<Integer> getRuler() {
    return IntStream.rangeClosed(ConversationNotes.RULER_MIN, ConversationNotes.RULER_MAX)
        .boxed()
        .toList();
  }

  /** 0 to 30 for "how many people can you call on"; the last reads "30 or more". */
  public List<Integer> getKhiPeople() {
    return IntStream.rangeClosed(0, ConversationNotes.KHI_PEOPLE_MAX).boxed().toList();
  }

  public String khiPeopleLabel(Integer people) {
    if (people == null) {
      return "";
    }
    return people >= ConversationNotes.KHI_PEOPLE_MAX
        ? org.casebook.platform.Messages.text("conversation.khiPeople.most", people)
        : String.valueOf(people);
  }

  public List<Integer> getCloseness() {
    return IntStream.rangeClosed(NetworkMember.CLOSENESS_MIN, NetworkMember.CLOSENESS_MAX)
        .boxed()
        .toList();
  }

  public List<Integer> getWeights() {
    return List.of(1, 2, 3);
  }

  /** Attainment levels, best first, as a scale is usually read. */
  public List<Integer> getAttainments() {
    return List.of(2, 1, 0, -1, -2);
  }

  /** The five levels of a goal's scale, from much more than expected down. */
  public List<Level> levels(Goal goal) {
    List<Level> levels = new ArrayList<>();
    for (int level = 2; level >= -2; level--) {
      levels.add(
          new Level(
              level,
              Messages.text("gas.level." + level),
              goal == null ? null : goal.descriptor(level)));
    }
    return levels;
  }

  /** The levels for a goal's editor: the expected outcome first, as they are usually written. */
  public List<Integer> getLevelOrder() {
    return List.of(0, 1, 2, -1, -2);
  }

  public String levelField(int level) {
    return ConversationNotes.levelField(level);
  }

  public String levelLabel(Integer level) {
    return level == null
        ? Messages.text("gas.attainment.none")
        : Messages.text("gas.level." + level);
  }

  /** Strengths grouped under their categories, in the usual order; empty groups left out. */
  public List<StrengthGroup> strengthsByCategory(ConversationNotes notes) {
    List<StrengthGroup> groups = new ArrayList<>();
    if (notes == null) {
      return groups;
    }
    for (StrengthCategory category : StrengthCategory.values()) {
      List<Strength> in =
          notes.getStrengths().stream().filter(s -> s.getCategory() == category).toList();
      if (!in.isEmpty()) {
        groups.add(new StrengthGroup(category, in));
      }
    }
    List<Strength> other =
        notes.getStrengths().stream().filter(s -> s.getCategory() == null).toList();
    if (!other.isEmpty()) {
      groups.add(new StrengthGroup(null, other));
    }
    return groups;
  }

  /** The strengths a goal builds on, as text. */
  public List<String> linkedStrengths(ConversationNotes notes, Goal goal) {
    return goal.getStrengthKeys().stream()
        .map(notes::strength)
        .flatMap(java.util.Optional::stream)
        .map(Strength::getDescription)
        .filter(d -> d != null && !d.isBlank())
        .toList();
  }

  /** The people a goal involves, by name. */
  public List<String> linkedPeople(ConversationNotes notes, Goal goal) {
    return goal.getNetworkKeys().stream()
        .map(notes::member)
        .flatMap(java.util.Optional::stream)
        .map(NetworkMember::getLabel)
        .filter(l -> l != null)
        .toList();
  }

  /** Who will do an action, in words: "The person", "Jo (daughter)", "Hillside lunch club". */
  public String who(ConversationNotes notes, AgreedAction action) {
    if (action.getOwner() == null) {
      return "";
    }
    if (action.getOwner() == ActionOwner.NETWORK_MEMBER) {
      return notes
          .member(action.getNetworkKey())
          .map(NetworkMember::getLabel)
          .orElse(Messages.text("action.owner.NETWORK_MEMBER"));
    }
    if (action.getOwner() == ActionOwner.COMMUNITY_GROUP && action.getOwnerName() != null) {
      return action.getOwnerName();
    }
    return Messages.text("action.owner." + action.getOwner());
  }

  /** Network members with a name or relationship, for choosing who does an action. */
  public List<NetworkMember> namedMembers(ConversationNotes notes) {
    return notes.getNetwork().stream().filter(m -> m.getLabel() != null).toList();
  }

  /** Strengths with a description, for linking goals to them. */
  public List<Strength> describedStrengths(ConversationNotes notes) {
    return notes.getStrengths().stream()
        .filter(s -> s.getDescription() != null && !s.getDescription().isBlank())
        .toList();
  }
}
