package org.casebook.language;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.casebook.platform.EditConflict;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.FieldsRefused;
import org.casebook.platform.NotFound;
import org.casebook.platform.Rebuilt;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * The council's lexicon: the shipped entries, less those the council switched off, and the
 * council's own entries. Only administrators change it; everything that checks language uses {@link
 * #checker()}, which is rebuilt when the lexicon changed (on any Casebook instance: a counter in
 * the database goes up with every change).
 */
@ApplicationScoped
@Transactional
public class Lexicons {

  private static final List<Entry> SHIPPED = Lexicon.shipped();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The checker, rebuilt when the lexicon changed (or after 10 minutes). */
  private final Rebuilt<LanguageChecker> checker =
      new Rebuilt<>("lexicon_version", 10 * 60 * 1000L);

  // --- the checker everything uses ------------------------------------------------------------

  /**
   * The checker for the council's lexicon as it stands. One small query says whether it changed (on
   * any instance) since it was built.
   */
  public LanguageChecker checker() {
    return checker.get(em, () -> new LanguageChecker(inUse(null)));
  }

  /** Records that the lexicon changed, so every instance rebuilds its checker. */
  private void changed() {
    checker.changed(em);
  }

  /** The entries in use, the council's first, leaving out the council entry with the given id. */
  private List<Entry> inUse(Long leavingOut) {
    List<Entry> council = new ArrayList<>();
    for (CouncilEntry e : councilEntries()) {
      if (e.isActive() && !e.getId().equals(leavingOut)) {
        council.add(e.toEntry());
      }
    }
    Set<String> off = new HashSet<>();
    for (ShippedEntrySetting s : settings().values()) {
      if (!s.isActive()) {
        off.add(s.getCode());
      }
    }
    return Lexicon.merge(SHIPPED, off, council);
  }

  private List<CouncilEntry> councilEntries() {
    return em.createQuery("select e from CouncilEntry e order by e.code", CouncilEntry.class)
        .getResultList();
  }

  private Map<String, ShippedEntrySetting> settings() {
    Map<String, ShippedEntrySetting> byCode = new HashMap<>();
    for (ShippedEntrySetting s :
        em.createQuery("select s from ShippedEntrySetting s", ShippedEntrySetting.class)
            .getResultList()) {
      byCode.put(s.getCode(), s);
    }
    return byCode;
  }

  // --- reading (administrators) ---------------------------------------------------------------

  /** Every entry, the council's first, then the shipped ones in the shipped lexicon's order. */
  public List<LexiconRow> rows(Caller caller) {
    caller.require(Role.ADMIN);
    List<LexiconRow> rows = new ArrayList<>();
    for (CouncilEntry e : councilEntries()) {
      rows.add(LexiconRow.of(e));
    }
    Map<String, ShippedEntrySetting> settings = settings();
    for (Entry e : SHIPPED) {
      rows.add(LexiconRow.of(e, settings.get(e.id())));
    }
    return rows;
  }

  public CouncilEntry find(Caller caller, long id) {
    caller.require(Role.ADMIN);
    CouncilEntry e = em.find(CouncilEntry.class, id);
    if (e == null) {
      throw new NotFound("lexicon entry");
    }
    return e;
  }

  public LexiconRow shipped(Caller caller, String code) {
    caller.require(Role.ADMIN);
    Entry e = shippedEntry(code).orElseThrow(() -> new NotFound("lexicon entry"));
    return LexiconRow.of(e, em.find(ShippedEntrySetting.class, code));
  }

  private static Optional<Entry> shippedEntry(String code) {
    return SHIPPED.stream().filter(e -> e.id().equals(code)).findFirst();
  }

  // --- changing (administrators) --------------------------------------------------------------

  public CouncilEntry add(Caller caller, EntryDraft draft) {
    caller.require(Role.ADMIN);
    Set<String> taken = takenIds(null);
    refuseProblems(draft.problems(taken, inUse(null)));
    CouncilEntry entry =
        new CouncilEntry(draft.toEntry(draft.idOr(taken)), caller.username(), clock.instant());
    em.persist(entry);
    changed();
    flush("lexicon entry");
    return entry;
  }

  /** Rewords a council entry, or retires it or brings it back, from the version last seen. */
  public CouncilEntry change(
      Caller caller, long id, int version, EntryDraft draft, boolean active) {
    caller.require(Role.ADMIN);
    CouncilEntry entry = find(caller, id);
    if (entry.getVersion() != version) {
      throw new EditConflict("lexicon entry");
    }
    EntryDraft named =
        new EntryDraft(
            entry.getCode(),
            draft.category(),
            draft.phrases(),
            draft.suggestion(),
            draft.explanation(),
            draft.replace(),
            draft.notFollowedBy(),
            draft.notPrecededBy());
    // A retired entry may repeat words another entry catches; it must not once it is in use.
    refuseProblems(named.problems(takenIds(id), active ? inUse(id) : List.of()));
    entry.change(named.toEntry(entry.getCode()), active, caller.username(), clock.instant());
    changed();
    flush("lexicon entry");
    return entry;
  }

  /** Switches a shipped entry off for the council, or on again, from the version last seen. */
  public void useShipped(Caller caller, String code, int version, boolean active) {
    caller.require(Role.ADMIN);
    shippedEntry(code).orElseThrow(() -> new NotFound("lexicon entry"));
    ShippedEntrySetting setting = em.find(ShippedEntrySetting.class, code);
    int current = setting == null ? ShippedEntrySetting.NEVER_CHANGED : setting.getVersion();
    if (current != version) {
      throw new EditConflict("lexicon entry");
    }
    if (setting == null) {
      em.persist(new ShippedEntrySetting(code, active, caller.username(), clock.instant()));
    } else {
      setting.use(active, caller.username(), clock.instant());
    }
    changed();
    flush("lexicon entry");
  }

  private void flush(String what) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict(what);
    } catch (PersistenceException e) {
      // Two administrators adding the same name, or switching the same shipped entry at once.
      throw new EditConflict(what);
    }
  }

  private Set<String> takenIds(Long leavingOut) {
    Set<String> taken = new HashSet<>();
    SHIPPED.forEach(e -> taken.add(e.id()));
    for (CouncilEntry e : councilEntries()) {
      if (!e.getId().equals(leavingOut)) {
        taken.add(e.getCode());
      }
    }
    return taken;
  }

  private static void refuseProblems(Map<String, FieldProblem> problems) {
    if (!problems.isEmpty()) {
      throw new FieldsRefused(problems);
    }
  }
}
