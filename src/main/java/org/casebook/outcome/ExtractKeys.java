package org.casebook.outcome;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Finds the extract's secret, making it on first use. Making it runs in a transaction of its own,
 * so if two extracts are asked for at the same moment on a new database, one of them makes it and
 * the other reads the one that was made.
 */
@ApplicationScoped
public class ExtractKeys {

  private static final Logger LOG = Logger.getLogger(ExtractKeys.class.getName());
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject ExtractKeys self;

  /**
   * The secret, as hex digits. Read outside any transaction, so that a key another request has just
   * made is seen at once (a transaction that has already read would not see it on MySQL).
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public String secret() {
    ExtractKey key = em.find(ExtractKey.class, ExtractKey.THE_KEY);
    if (key != null) {
      return key.secret();
    }
    try {
      return self.make();
    } catch (RuntimeException e) {
      ExtractKey made = em.find(ExtractKey.class, ExtractKey.THE_KEY);
      if (made == null) {
        throw e;
      }
      return made.secret();
    }
  }

  @Transactional(TxType.REQUIRES_NEW)
  public String make() {
    ExtractKey key = new ExtractKey(Pseudonyms.newSecret(RANDOM), clock.instant());
    em.persist(key);
    em.flush();
    LOG.info("Made the secret for pseudonymous identifiers in the Client Level Data extract");
    return key.secret();
  }
}
