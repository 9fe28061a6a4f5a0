package org.casebook.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.casebook.security.Caller;
import org.casebook.security.Role;

/**
 * Who may use which part of the training area. Trainers prepare, approve and withdraw cases and run
 * programmes. A trainee is any member of staff enrolled in a programme in progress: they read the
 * approved library and do their own exercises. Nobody else sees the training area.
 */
@ApplicationScoped
@Transactional
public class TrainingAccess {

  @PersistenceContext EntityManager em;

  public void requireTrainer(Caller caller) {
    if (caller == null || !caller.is(Role.TRAINER)) {
      throw new Caller.AccessDenied();
    }
  }

  /** Whether the caller is enrolled in a programme that has not been closed. */
  public boolean isTrainee(Caller caller) {
    if (caller == null) {
      return false;
    }
    Number n =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM training_programme_member m JOIN training_programme p"
                        + " ON p.id = m.programme_id WHERE m.account_id = ?1 AND p.closed_at IS"
                        + " NULL")
                .setParameter(1, caller.accountId())
                .getSingleResult();
    return n.longValue() > 0;
  }

  /** Whether the caller may use the training area at all: trainers and trainees. */
  public boolean mayUse(Caller caller) {
    return caller != null && (caller.is(Role.TRAINER) || isTrainee(caller));
  }

  public void requireLibrary(Caller caller) {
    if (!mayUse(caller)) {
      throw new Caller.AccessDenied();
    }
  }
}
