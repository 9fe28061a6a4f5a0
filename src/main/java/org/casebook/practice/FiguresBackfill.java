package org.casebook.practice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, counts the practice figures of conversations signed before Casebook kept them, a
 * batch at a time, each in a transaction of its own.
 */
@Singleton
@Startup
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FiguresBackfill {

  private static final Logger LOG = Logger.getLogger(FiguresBackfill.class.getName());
  private static final int BATCH = 200;

  @Inject RecordFiguresKeeper keeper;

  @PostConstruct
  void fill() {
    Set<Long> tried = new HashSet<>();
    int counted = 0;
    while (true) {
      List<Long> missing = keeper.missing(BATCH + tried.size());
      missing.removeAll(tried);
      if (missing.isEmpty()) {
        break;
      }
      for (long id : missing) {
        tried.add(id);
        try {
          keeper.refresh(id);
          counted++;
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Could not count the figures of conversation " + id, e);
        }
      }
    }
    if (counted > 0) {
      LOG.info("Counted practice figures for " + counted + " signed conversations");
    }
  }
}
