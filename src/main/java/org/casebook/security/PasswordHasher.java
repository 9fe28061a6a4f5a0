package org.casebook.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hashes and checks passwords with PBKDF2-HMAC-SHA512 (Jakarta Security's {@link
 * Pbkdf2PasswordHash}). Each stored hash carries its own algorithm, iterations and salt, so raising
 * the iterations later does not break existing passwords.
 */
@ApplicationScoped
public class PasswordHasher {

  private static final char[] READABLE = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
  private final SecureRandom random = new SecureRandom();

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "casebook.password.iterations", defaultValue = "210000")
  int iterations;

  @PostConstruct
  void init() {
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null && hash.verify(password.toCharArray(), storedHash);
  }

  /** A temporary password that is easy to read out over the phone: four groups of four. */
  public String temporaryPassword() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(READABLE[random.nextInt(READABLE.length)]);
    }
    return out.toString();
  }
}
