package org.casebook.asset.oruk;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casebook.asset.Asset;
import org.casebook.asset.AssetDetails;
import org.casebook.asset.Assets;
import org.casebook.asset.PostcodeLocation;
import org.casebook.asset.oruk.ImportRun.Outcome;
import org.casebook.platform.FieldProblem;
import org.casebook.platform.Messages;
import org.casebook.security.Caller;

/**
 * The writing side of an import, one batch of services per transaction, with the run's progress
 * written in the same transaction: what the page shows is always what has been saved.
 */
@ApplicationScoped
public class ImportWork {

  @PersistenceContext EntityManager em;
  @Inject Assets assets;
  @Inject Clock clock;

  /** One service from the file, with its position in the file (from 1). */
  public record Item(int position, JsonNode service) {}

  /** What happened to one service, for the counts and the report. */
  record Result(Outcome outcome, List<String> changed, String reason) {
    static Result of(Outcome outcome) {
      return new Result(outcome, List.of(), null);
    }

    static Result because(Outcome outcome, String reason) {
      return new Result(outcome, List.of(), reason);
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public ImportRun create(String fileName, int total, String by) {
    ImportRun run = new ImportRun(fileName, total, by, clock.instant());
    em.persist(run);
    em.flush();
    return run;
  }

  /** Imports a batch; if anything in it cannot be saved, the whole batch is rolled back. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void apply(long runId, Caller caller, List<Item> batch) {
    ImportRun run = em.find(ImportRun.class, runId);
    long lines =
        em.createQuery("select count(l) from ImportRunLine l where l.runId = :r", Long.class)
            .setParameter("r", runId)
            .getSingleResult();
    for (Item item : batch) {
      ServiceResult r = one(caller, item.service());
      run.count(r.result().outcome());
      if (r.result().outcome() != Outcome.UNCHANGED && lines < ImportRunLine.REPORT_MAX) {
        em.persist(line(runId, item, r));
        lines++;
      }
    }
    run.touch(clock.instant());
  }

  /** A service that could not be saved even on its own: counted and reported as not taken. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void unsaved(long runId, Item item, String reference) {
    ImportRun run = em.find(ImportRun.class, runId);
    run.count(Outcome.REJECTED);
    long lines =
        em.createQuery("select count(l) from ImportRunLine l where l.runId = :r", Long.class)
            .setParameter("r", runId)
            .getSingleResult();
    if (lines < ImportRunLine.REPORT_MAX) {
      String id = item.service().isObject() ? ImportedService.text(item.service(), "id") : null;
      String name = item.service().isObject() ? ImportedService.text(item.service(), "name") : null;
      em.persist(
          new ImportRunLine(
              runId,
              item.position(),
              Outcome.REJECTED,
              id,
              name,
              List.of(),
              Messages.text("oruk.import.reason.unsaved", reference)));
    }
    run.touch(clock.instant());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void finish(long runId) {
    em.find(ImportRun.class, runId).finish(clock.instant());
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void fail(long runId, String reason) {
    em.find(ImportRun.class, runId).fail(reason, clock.instant());
  }

  private record ServiceResult(String id, String name, Result result) {}

  private static ImportRunLine line(long runId, Item item, ServiceResult r) {
    return new ImportRunLine(
        runId,
        item.position(),
        r.result().outcome(),
        r.id(),
        r.name(),
        r.result().changed(),
        r.result().reason());
  }

  private ServiceResult one(Caller caller, JsonNode service) {
    if (!service.isObject()) {
      return new ServiceResult(
          null,
          null,
          Result.because(Outcome.REJECTED, Messages.text("oruk.import.reason.notObject")));
    }
    String id = ImportedService.text(service, "id");
    String name = ImportedService.text(service, "name");
    boolean summary = ImportedService.NESTED.stream().noneMatch(service::has);
    List<String> problems =
        OrukSchemas.problems(
            summary ? OrukSchemas.Shape.SERVICE_LIST_ITEM : OrukSchemas.Shape.SERVICE, service);
    if (!problems.isEmpty()) {
      return new ServiceResult(
          id,
          name,
          Result.because(
              Outcome.REJECTED,
              Messages.text("oruk.import.reason.schema", String.join("; ", problems))));
    }
    ImportedService in = ImportedService.from(service);
    return new ServiceResult(in.id(), name, apply(caller, in));
  }

  private Result apply(Caller caller, ImportedService in) {
    Instant now = clock.instant();
    String by = caller.username();
    String digest = in.digest();
    Optional<Asset> found = assets.byPublicId(in.id());
    String closed = Messages.text("oruk.import.closedReason");

    if (!in.active()) {
      if (found.isEmpty()) {
        return Result.because(Outcome.SKIPPED, Messages.text("oruk.import.reason.closedNew"));
      }
      Asset asset = found.get();
      if (asset.isRetired()) {
        return Result.of(Outcome.UNCHANGED);
      }
      assets.retire(caller, asset.getId(), asset.getVersion(), closed);
      asset.importedAs(digest);
      return Result.of(Outcome.RETIRED);
    }

    if (found.isEmpty()) {
      AssetDetails details = located(in.details(), null);
      String problem = problem(details);
      if (problem != null) {
        return Result.because(Outcome.REJECTED, problem);
      }
      Asset asset = new Asset(details, Asset.Source.OPEN_REFERRAL, in.id(), by, now);
      if (in.assuredDate() != null) {
        asset.verify(by, notAfterToday(in.assuredDate()), now);
      }
      asset.importedAs(digest);
      em.persist(asset);
      em.flush();
      assets.directoryChanged();
      return Result.of(Outcome.CREATED);
    }

    Asset asset = found.get();
    boolean reinstated = false;
    if (asset.isRetired()) {
      if (!closed.equals(asset.getRetiredReason())) {
        return Result.because(Outcome.SKIPPED, Messages.text("oruk.import.reason.retiredHere"));
      }
      reinstated = true;
    } else if (digest.equals(asset.getSourceDigest())) {
      return Result.of(Outcome.UNCHANGED);
    }
    AssetDetails details = located(in.onto(asset.details()), asset);
    String problem = problem(details);
    if (problem != null) {
      return Result.because(Outcome.REJECTED, problem);
    }
    if (reinstated) {
      asset.reinstate(by, now);
    }
    List<String> changed = new ArrayList<>(AssetChanges.between(asset.details(), details));
    if (!changed.isEmpty()) {
      asset.update(details, by, now);
    }
    if (reinstated || !changed.isEmpty()) {
      assets.directoryChanged();
    }
    if (in.assuredDate() != null) {
      LocalDate assured = notAfterToday(in.assuredDate());
      if (asset.getLastVerifiedOn() == null || assured.isAfter(asset.getLastVerifiedOn())) {
        asset.verify(by, assured, now);
        changed.add("lastVerifiedOn");
      }
    }
    asset.importedAs(digest);
    em.flush();
    if (reinstated) {
      changed.add(0, "status");
    }
    return changed.isEmpty()
        ? Result.of(Outcome.UNCHANGED)
        : new Result(Outcome.UPDATED, changed, null);
  }

  /**
   * The ward, and the map position when the service gave none, from the postcode directory. An
   * asset whose postcode the directory does not know keeps the ward it had for that postcode.
   */
  private AssetDetails located(AssetDetails d, Asset existing) {
    if (d.postcode() == null) {
      return d;
    }
    Optional<PostcodeLocation> place = assets.locate(d.postcode());
    String ward = d.ward();
    if (ward == null) {
      ward =
          place
              .map(PostcodeLocation::getWard)
              .orElse(
                  existing != null && d.postcode().equals(existing.getPostcode())
                      ? existing.getWard()
                      : null);
    }
    boolean placed = d.latitude() != null && d.longitude() != null;
    Double latitude = placed ? d.latitude() : place.map(PostcodeLocation::getLatitude).orElse(null);
    Double longitude =
        placed ? d.longitude() : place.map(PostcodeLocation::getLongitude).orElse(null);
    return d.placed(ward, latitude, longitude);
  }

  /** The first thing Casebook's own rules refuse, as "Field: what is wrong", or null. */
  private static String problem(AssetDetails details) {
    Map<String, FieldProblem> problems = details.problems();
    if (problems.isEmpty()) {
      return null;
    }
    var first = problems.entrySet().iterator().next();
    FieldProblem p = first.getValue();
    return Messages.text(
        "oruk.import.reason.field",
        Messages.text("oruk.field." + first.getKey()),
        p.number() == null
            ? Messages.text(p.messageKey())
            : Messages.text(p.messageKey(), p.number()));
  }

  private LocalDate notAfterToday(LocalDate date) {
    LocalDate today = LocalDate.now(clock);
    return date.isAfter(today) ? today : date;
  }
}
