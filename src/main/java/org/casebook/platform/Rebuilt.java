package org.casebook.platform;

import jakarta.persistence.EntityManager;
import java.util.function.Supplier;

/**
 * Something built from the database and kept in memory (the directory's search index, the language
 * checker), rebuilt when a counter row in the database says it changed, whichever Casebook instance
 * changed it, and at least every so often, for rows changed outside Casebook. The counter table has
 * one row, id 1; whatever changes the data calls {@link #changed} in the same transaction.
 *
 * @param <T> what is built
 */
public final class Rebuilt<T> {

  private record Snapshot<T>(long version, long builtAt, T value) {}

  private final String counterTable;
  private final long maxAgeMillis;
  private final Object building = new Object();
  private volatile Snapshot<T> snapshot;

  /**
   * @param counterTable the table holding the counter (a name from the code, never from input)
   * @param maxAgeMillis rebuild after this long whatever the counter says
   */
  public Rebuilt(String counterTable, long maxAgeMillis) {
    this.counterTable = counterTable;
    this.maxAgeMillis = maxAgeMillis;
  }

  /**
   * What was built, or a new build if the counter moved. The counter is read before building, so a
   * change made while building only means one more rebuild next time.
   */
  public T get(EntityManager em, Supplier<T> build) {
    long version = version(em);
    Snapshot<T> s = snapshot;
    if (fresh(s, version)) {
      return s.value();
    }
    synchronized (building) {
      s = snapshot;
      if (fresh(s, version)) {
        return s.value();
      }
      s = new Snapshot<>(version, System.currentTimeMillis(), build.get());
      snapshot = s;
      return s.value();
    }
  }

  private boolean fresh(Snapshot<T> s, long version) {
    return s != null
        && s.version() == version
        && System.currentTimeMillis() - s.builtAt() < maxAgeMillis;
  }

  /**
   * Records that the data changed, so every instance rebuilds. Call it in the change's transaction.
   */
  public void changed(EntityManager em) {
    em.createNativeQuery("UPDATE " + counterTable + " SET version = version + 1 WHERE id = 1")
        .executeUpdate();
  }

  private long version(EntityManager em) {
    Object v =
        em.createNativeQuery("SELECT version FROM " + counterTable + " WHERE id = 1")
            .getResultStream()
            .findFirst()
            .orElse(0L);
    return ((Number) v).longValue();
  }
}
