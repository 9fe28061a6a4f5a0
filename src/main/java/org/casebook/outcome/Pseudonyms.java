package org.casebook.outcome;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous person identifiers for the Client Level Data extract: HMAC-SHA256 of the person's
 * Casebook id under a secret kept only in Casebook's database. The same person has the same
 * identifier in every quarter's file, so the national return can follow them over time; without the
 * secret there is no way back from the identifier to the person, and guessing ids does not help,
 * because every guess needs the secret too.
 */
public final class Pseudonyms {

  /** Bytes of secret: 256 bits, as long as the hash. */
  public static final int SECRET_BYTES = 32;

  private Pseudonyms() {}

  /** A new secret from the system's strong random source, as 64 hex digits. */
  public static String newSecret(SecureRandom random) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    return HexFormat.of().formatHex(secret);
  }

  /** The person's identifier in the extract: 64 lower-case hex digits. */
  public static String of(String secretHex, long personId) {
    return hmac(secretHex, Long.toString(personId));
  }

  /** HMAC-SHA256 of a message under the secret, as 64 lower-case hex digits. */
  public static String hmac(String secretHex, String message) {
    byte[] secret = HexFormat.of().parseHex(secretHex);
    if (secret.length < SECRET_BYTES) {
      throw new IllegalArgumentException("the secret is too short");
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
    }
  }
}
