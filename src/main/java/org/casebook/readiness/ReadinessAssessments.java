package org.casebook.readiness;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.casebook.platform.EditConflict;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * The council's readiness self-assessments, one a year. Leaders start, answer and sign them off;
 * team managers and administrators read them (see {@link ReadinessAccess}). Saving checks the
 * version the leader started from, so a save over someone else's changes is refused, never merged.
 */
@ApplicationScoped
@Transactional
public class ReadinessAssessments {

  private static final Logger LOG = Logger.getLogger(ReadinessAssessments.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  /** This calendar year, in the council's time zone. */
  public int thisYear() {
    return LocalDate.now(clock).getYear();
  }

  /** Every self-assessment, newest first. */
  public List<ReadinessAssessment> all(Caller caller) {
    ReadinessAccess.requireRead(caller);
    return em.createQuery(
            "select a from ReadinessAssessment a order by a.assessmentYear desc",
            ReadinessAssessment.class)
        .getResultList();
  }

  public Optional<ReadinessAssessment> find(Caller caller, int year) {
    ReadinessAccess.requireRead(caller);
    return byYear(year);
  }

  /** The year's self-assessment; {@link NotFound} when there is none. */
  public ReadinessAssessment get(Caller caller, int year) {
    return find(caller, year).orElseThrow(() -> new NotFound("readiness assessment"));
  }

  private Optional<ReadinessAssessment> byYear(int year) {
    return em.createQuery(
            "select a from ReadinessAssessment a where a.assessmentYear = :y",
            ReadinessAssessment.class)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  /** The signed-off self-assessments before a year, newest first, at most {@code max} of them. */
  public List<ReadinessAssessment> earlierSignedOff(Caller caller, int year, int max) {
    ReadinessAccess.requireRead(caller);
    return em.createQuery(
            "select a from ReadinessAssessment a where a.assessmentYear < :y"
                + " and a.status = :signed order by a.assessmentYear desc",
            ReadinessAssessment.class)
        .setParameter("y", year)
        .setParameter("signed", AssessmentStatus.SIGNED_OFF)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Starts a year's self-assessment as a draft: blank, or from the answers of the last one signed
   * off before it. One a year: a year already started is refused, even when two leaders start it at
   * the same moment.
   */
  public ReadinessAssessment start(Caller caller, int year, boolean startFromEarlier) {
    ReadinessAccess.requireEdit(caller);
    ReadinessYears.check(year, thisYear());
    if (byYear(year).isPresent()) {
      throw new RuleViolation("readiness.year.taken", String.valueOf(year));
    }
    ReadinessAssessment from =
        startFromEarlier
            ? earlierSignedOff(caller, year, 1).stream().findFirst().orElse(null)
            : null;
    ReadinessAssessment assessment =
        new ReadinessAssessment(year, from, caller.username(), clock.instant());
    em.persist(assessment);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // The unique year: someone else started it between our look and our insert.
      throw new RuleViolation("readiness.year.taken", String.valueOf(year));
    }
    LOG.info(() -> "Readiness self-assessment " + year + " started by " + caller.username());
    return assessment;
  }

  /** Keeps the answers as a draft, from the version the leader opened. */
  public ReadinessAssessment saveDraft(Caller caller, int year, int version, AnswerSheet sheet) {
    return change(
        caller, year, version, a -> a.saveDraft(sheet, caller.username(), clock.instant()));
  }

  /** Keeps the answers and signs the self-assessment off, from the version the leader opened. */
  public ReadinessAssessment signOff(Caller caller, int year, int version, AnswerSheet sheet) {
    ReadinessAssessment signed =
        change(caller, year, version, a -> a.signOff(sheet, caller.username(), clock.instant()));
    LOG.info(() -> "Readiness self-assessment " + year + " signed off by " + caller.username());
    return signed;
  }

  /**
   * Changes the year's self-assessment if it is still the version the leader opened. Signed off
   * since is said as such (there is nothing to save over); any other change is an edit conflict,
   * whether it came before this call or in the same instant (the database's version check).
   */
  private ReadinessAssessment change(
      Caller caller, int year, int version, Consumer<ReadinessAssessment> change) {
    ReadinessAccess.requireEdit(caller);
    ReadinessAssessment assessment = get(caller, year);
    if (assessment.isSignedOff()) {
      throw new ReadinessAssessment.AlreadySignedOff();
    }
    if (assessment.getVersion() != version) {
      throw new EditConflict("readiness assessment");
    }
    change.accept(assessment);
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new EditConflict("readiness assessment");
    }
    return assessment;
  }
}
