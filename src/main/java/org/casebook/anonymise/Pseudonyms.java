package org.casebook.anonymise;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.casebook.anonymise.NameLists.Gender;

/**
 * The case's pseudonyms and date shift, derived from its key by HMAC-SHA256: the same word always
 * gets the same pseudonym in a case, different cases get different ones, and the real names cannot
 * be worked back from the pseudonyms without the key. A pseudonym is never one of the case's real
 * names nor one already given to another word. Safe to share between threads.
 */
final class Pseudonyms {

  /** One HMAC engine a thread, keyed afresh for each use: looking one up is slow, keying is not. */
  private static final ThreadLocal<Mac> MAC =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Mac.getInstance("HmacSHA256");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("HMAC-SHA256 is not available", e);
            }
          });

  private final SecretKeySpec key;
  private final NameLists lists;
  private final Set<String> realNames;
  private final Map<String, String> firstNames = new HashMap<>();
  private final Map<String, String> surnames = new HashMap<>();
  private final Map<Character, Character> initials = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /**
   * @param realNames the folded words of the case's real names; the set may grow (names found in
   *     texts are added to it) and is read on every choice
   */
  Pseudonyms(byte[] key, NameLists lists, Set<String> realNames) {
    this.key = new SecretKeySpec(key, "HmacSHA256");
    this.lists = lists;
    this.realNames = realNames;
  }

  /** The case key, mixed with the installation's secret when there is one. */
  static byte[] key(String caseKey, byte[] secret) {
    byte[] k = (caseKey.isEmpty() ? "casebook" : caseKey).getBytes(StandardCharsets.UTF_8);
    if (secret == null || secret.length == 0) {
      return k;
    }
    return hmac(new SecretKeySpec(secret, "HmacSHA256"), k);
  }

  long derive(String label) {
    return ByteBuffer.wrap(hmac(key, label.getBytes(StandardCharsets.UTF_8))).getLong();
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    Mac mac = MAC.get();
    try {
      mac.init(key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 key refused", e);
    }
    return mac.doFinal(data);
  }

  /** Days to move every date of the case: 2 to 26 whole weeks, earlier or later. */
  int dateShiftDays() {
    long v = derive("date-shift");
    int weeks = 2 + (int) Math.floorMod(v, 25L);
    return ((v >>> 40) & 1) == 0 ? 7 * weeks : -7 * weeks;
  }

  synchronized String firstName(String folded, Gender gender) {
    String p = firstNames.get(folded);
    if (p == null) {
      Gender g = gender == null ? Gender.U : gender;
      p = choose("first|" + folded, lists.pseudonymFirstNames(g));
      firstNames.put(folded, p);
    }
    return p;
  }

  synchronized String surname(String folded) {
    String p = surnames.get(folded);
    if (p == null) {
      p = choose("surname|" + folded, lists.pseudonymSurnames());
      surnames.put(folded, p);
    }
    return p;
  }

  synchronized char initial(char letter) {
    char upper = Character.toUpperCase(letter);
    Character p = initials.get(upper);
    if (p == null) {
      String letters = "ABCDEFGHJKLMNPRSTW";
      p = letters.charAt((int) Math.floorMod(derive("initial|" + upper), (long) letters.length()));
      initials.put(upper, p);
    }
    return p;
  }

  private String choose(String label, List<String> pool) {
    int size = pool.size();
    int at = (int) Math.floorMod(derive(label), (long) size);
    for (int step = 0; step < size; step++) {
      String candidate = pool.get((at + step) % size);
      String key = NameLists.fold(candidate);
      if (!realNames.contains(key) && used.add(key)) {
        return candidate;
      }
    }
    // Every name in the list is taken (a case with more people than the list has names).
    return pool.get(at) + " " + (used.size() + 1);
  }
}
