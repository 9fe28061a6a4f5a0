package org.casebook.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.casebook.account.Account;
import org.casebook.account.Accounts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password and keeps count of failures. Its own transaction, so a failed
 * attempt is counted even though the request that made it goes no further.
 */
@ApplicationScoped
public class SignIns {

  private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Accounts accounts;
  @Inject PasswordHasher hasher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "casebook.signin.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "casebook.signin.lock-minutes", defaultValue = "15")
  int lockMinutes;

  private SignInPolicy policy;

  /** Checked for unknown usernames too, so a reply's timing does not reveal who has an account. */
  private String decoyHash;

  @PostConstruct
  void init() {
    policy = new SignInPolicy(maxFailures, Duration.ofMinutes(lockMinutes));
    decoyHash = hasher.hash("decoy password that matches nothing");
  }

  public SignInPolicy policy() {
    return policy;
  }

  /** The result of one attempt, with the account when the password was right. */
  public record Attempt(SignInOutcome outcome, Optional<Account> account) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Attempt attempt(String username, String password) {
    Optional<Account> found = accounts.findByUsername(username);
    if (found.isEmpty()) {
      hasher.matches(password == null ? "" : password, decoyHash);
      return new Attempt(SignInOutcome.NOT_RECOGNISED, Optional.empty());
    }
    Account account = found.get();
    Instant now = clock.instant();
    if (account.isLockedAt(now)) {
      return new Attempt(SignInOutcome.LOCKED, Optional.empty());
    }
    if (!recentlyVerified(account, password) && !verify(account, password)) {
      account.recordFailedSignIn(now, policy);
      if (account.isLockedAt(now)) {
        LOG.warning(() -> "Account " + account.getId() + " locked after repeated failed sign-ins");
        return new Attempt(SignInOutcome.LOCKED, Optional.empty());
      }
      return new Attempt(SignInOutcome.NOT_RECOGNISED, Optional.empty());
    }
    if (!account.isActive()) {
      return new Attempt(SignInOutcome.DEACTIVATED, Optional.empty());
    }
    account.recordSignIn(now);
    return new Attempt(SignInOutcome.SIGNED_IN, Optional.of(account));
  }

  /**
   * API clients send their password with every call. Checking PBKDF2 each time would cost a large
   * share of a core per request, so a password proven right is remembered for a few minutes, as a
   * salted SHA-256 digest in memory only, and only while the stored hash is unchanged.
   */
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  private final byte[] cacheSalt = new SecureRandom().generateSeed(16);

  private record Verified(String digest, String storedHash, Instant until) {}

  private boolean recentlyVerified(Account account, String password) {
    Verified v = verified.get(account.getUsername());
    return v != null
        && v.until().isAfter(clock.instant())
        && v.storedHash().equals(account.getPasswordHash())
        && MessageDigest.isEqual(
            v.digest().getBytes(StandardCharsets.UTF_8),
            digest(password).getBytes(StandardCharsets.UTF_8));
  }

  private boolean verify(Account account, String password) {
    boolean right = hasher.matches(password, account.getPasswordHash());
    if (right) {
      if (verified.size() > 10_000) {
        verified.clear();
      }
      verified.put(
          account.getUsername(),
          new Verified(
              digest(password),
              account.getPasswordHash(),
              clock.instant().plus(Duration.ofMinutes(5))));
    }
    return right;
  }

  private String digest(String password) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(cacheSalt);
      return HexFormat.of()
          .formatHex(
              sha.digest((password == null ? "" : password).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether a session may carry on: the account still exists and is active. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Account> stillActive(String username) {
    return accounts.findByUsername(username).filter(Account::isActive);
  }
}
