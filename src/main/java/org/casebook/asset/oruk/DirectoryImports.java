package org.casebook.asset.oruk;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebook.asset.Assets;
import org.casebook.platform.ErrorReference;
import org.casebook.platform.Messages;
import org.casebook.platform.NotFound;
import org.casebook.platform.RuleViolation;
import org.casebook.security.Caller;

/**
 * Importing an Open Referral UK file into the community asset directory. Only directory editors may
 * import. The file is checked and counted first, so a file that is not JSON or holds no services is
 * refused at once; then it is imported in the background, {@value #BATCH} services per transaction,
 * and its progress and report are kept in the database ({@link ImportRun}). One import runs at a
 * time.
 */
@ApplicationScoped
public class DirectoryImports {

  private static final Logger LOG = Logger.getLogger(DirectoryImports.class.getName());

  /** Services saved per transaction. */
  public static final int BATCH = 100;

  @PersistenceContext EntityManager em;
  @Inject Assets assets;
  @Inject ImportWork work;
  @Inject Clock clock;
  @Resource ManagedExecutorService executor;

  /**
   * Starts importing the document. Returns at once with the run, whose progress the page follows;
   * refuses a document that is not one of the accepted shapes, or holds no services.
   */
  public ImportRun start(Caller caller, String fileName, InputStream document)
      throws OrukDocument.Unreadable {
    requireEditor(caller);
    if (running().isPresent()) {
      throw new RuleViolation("oruk.import.alreadyRunning");
    }
    Path file = copy(document);
    try {
      OrukDocument.Summary summary;
      try (InputStream in = Files.newInputStream(file)) {
        summary = OrukDocument.scan(in);
      }
      if (summary.services() == 0) {
        throw new OrukDocument.Unreadable("oruk.import.file.noServices");
      }
      ImportRun run = work.create(fileName, summary.services(), caller.username());
      long runId = run.getId();
      executor.submit(() -> run(runId, caller, file));
      LOG.info(
          () ->
              "Open Referral UK import " + runId + " started: " + summary.services() + " services");
      return run;
    } catch (IOException e) {
      delete(file);
      throw new UncheckedIOException(e);
    } catch (OrukDocument.Unreadable | RuntimeException e) {
      delete(file);
      throw e;
    }
  }

  /** The import itself, in the background: batch by batch, then the file is deleted. */
  void run(long runId, Caller caller, Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      List<ImportWork.Item> batch = new ArrayList<>(BATCH);
      int[] position = {0};
      OrukDocument.read(
          in,
          service -> {
            batch.add(new ImportWork.Item(++position[0], service));
            if (batch.size() == BATCH) {
              save(runId, caller, batch);
              batch.clear();
            }
          });
      if (!batch.isEmpty()) {
        save(runId, caller, batch);
      }
      work.finish(runId);
      LOG.info(() -> "Open Referral UK import " + runId + " finished");
    } catch (OrukDocument.Unreadable e) {
      work.fail(runId, Messages.text(e.messageKey()));
    } catch (IOException | RuntimeException e) {
      String reference = ErrorReference.log("Open Referral UK import " + runId, e);
      failQuietly(runId, Messages.text("oruk.import.failed", reference));
    } finally {
      delete(file);
    }
  }

  /** One transaction for the batch; if it fails, each service alone, so one bad one costs one. */
  private void save(long runId, Caller caller, List<ImportWork.Item> batch) {
    try {
      work.apply(runId, caller, List.copyOf(batch));
    } catch (RuntimeException batchFailed) {
      for (ImportWork.Item item : batch) {
        try {
          work.apply(runId, caller, List.of(item));
        } catch (RuntimeException e) {
          String reference =
              ErrorReference.log(
                  "Open Referral UK import " + runId + ", service " + item.position(), e);
          work.unsaved(runId, item, reference);
        }
      }
    }
  }

  private void failQuietly(long runId, String reason) {
    try {
      work.fail(runId, reason);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record the failure of import " + runId, e);
    }
  }

  // --- reading (editors); in a transaction, as the entity manager wants ------------------------

  /** The latest imports, newest first. */
  @Transactional
  public List<ImportRun> recent(Caller caller, int max) {
    requireEditor(caller);
    return em.createQuery(
            "select r from ImportRun r order by r.startedAt desc, r.id desc", ImportRun.class)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional
  public ImportRun get(Caller caller, long id) {
    requireEditor(caller);
    ImportRun run = em.find(ImportRun.class, id);
    if (run == null) {
      throw new NotFound("import");
    }
    return run;
  }

  /** The import's report, in file order. */
  @Transactional
  public List<ImportRunLine> report(Caller caller, long runId) {
    requireEditor(caller);
    return em.createQuery(
            "select l from ImportRunLine l where l.runId = :r order by l.lineNo, l.id",
            ImportRunLine.class)
        .setParameter("r", runId)
        .setMaxResults(ImportRunLine.REPORT_MAX)
        .getResultList();
  }

  /** The import in progress, if any (one that stopped with the server does not count). */
  @Transactional
  public Optional<ImportRun> running() {
    return em.createQuery(
            "select r from ImportRun r where r.status = :s order by r.startedAt desc",
            ImportRun.class)
        .setParameter("s", ImportRun.Status.RUNNING)
        .getResultStream()
        .filter(r -> !r.isStalled(clock.instant()))
        .findFirst();
  }

  public boolean mayImport(Caller caller) {
    return assets.mayEdit(caller);
  }

  private void requireEditor(Caller caller) {
    if (caller == null || !assets.mayEdit(caller)) {
      throw new Caller.AccessDenied();
    }
  }

  private static Path copy(InputStream document) {
    try {
      Path file = Files.createTempFile("casebook-oruk-", ".json");
      try (document) {
        Files.copy(document, file, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        delete(file);
        throw e;
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Could not delete an import's temporary file", e);
    }
  }
}
