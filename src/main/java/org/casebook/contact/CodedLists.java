package org.casebook.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * The coded lists. Everyone who records contacts reads them; only administrators change them. A
 * value is never deleted, only retired, so contacts recorded with it keep their words.
 */
@ApplicationScoped
@Transactional
public class CodedLists {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** The values still offered, in the council's order. */
  public List<CodedValue> active(CodedList list) {
    return em.createQuery(
            "select v from CodedValue v where v.list = :l and v.active = true"
                + " order by v.position, v.id",
            CodedValue.class)
        .setParameter("l", list)
        .getResultList();
  }

  /** Every value, retired ones too, in the council's order. */
  public List<CodedValue> all(CodedList list) {
    return em.createQuery(
            "select v from CodedValue v where v.list = :l order by v.position, v.id",
            CodedValue.class)
        .setParameter("l", list)
        .getResultList();
  }

  /** A value still offered on the list, for a new contact; null if it is not one. */
  CodedValue offered(CodedList list, Long id) {
    if (id == null) {
      return null;
    }
    CodedValue value = em.find(CodedValue.class, id);
    return value != null && value.getList() == list && value.isActive() ? value : null;
  }

  public CodedValue add(
      Caller caller, CodedList list, String label, String cldValue, NextStepMeaning meaning) {
    caller.require(Role.ADMIN);
    int last =
        em.createQuery("select max(v.position) from CodedValue v where v.list = :l", Integer.class)
            .setParameter("l", list)
            .getResultStream()
            .filter(p -> p != null)
            .findFirst()
            .orElse(0);
    CodedValue value =
        new CodedValue(
            list, label, cldValue, meaning, last + 1, caller.username(), clock.instant());
    int n = 2;
    while (codeTaken(list, value.getCode())) {
      value.distinguish(n++);
    }
    em.persist(value);
    em.flush();
    return value;
  }

  private boolean codeTaken(CodedList list, String code) {
    return !em.createQuery(
            "select v.id from CodedValue v where v.list = :l and v.code = :c", Long.class)
        .setParameter("l", list)
        .setParameter("c", code)
        .getResultList()
        .isEmpty();
  }

  /** Changes a value from the version the administrator last saw. */
  public CodedValue change(
      Caller caller,
      long id,
      int version,
      String label,
      String cldValue,
      NextStepMeaning meaning,
      boolean active) {
    caller.require(Role.ADMIN);
    CodedValue value = find(id);
    if (value.getVersion() != version) {
      throw new EditConflict("coded value");
    }
    value.change(label, cldValue, meaning, active, caller.username(), clock.instant());
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict("coded value");
    }
    return value;
  }

  /** Moves a value one place up (towards the top of the list) or down. */
  public void move(Caller caller, long id, boolean up) {
    caller.require(Role.ADMIN);
    CodedValue value = find(id);
    List<CodedValue> values = all(value.getList());
    int at = values.indexOf(value);
    int to = up ? at - 1 : at + 1;
    if (to < 0 || to >= values.size()) {
      return;
    }
    values.add(to, values.remove(at));
    for (int i = 0; i < values.size(); i++) {
      values.get(i).moveTo(i + 1);
    }
    em.flush();
  }

  public CodedValue find(long id) {
    CodedValue value = em.find(CodedValue.class, id);
    if (value == null) {
      throw new NotFound("coded value");
    }
    return value;
  }
}
