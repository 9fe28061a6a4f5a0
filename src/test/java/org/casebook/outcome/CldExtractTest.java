package org.casebook.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CldExtractTest {

  private static final String SECRET =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

  @Test
  void aPseudonymIsStableNotTheIdAndDiffersWithTheSecret() {
    String p = Pseudonyms.of(SECRET, 42);
    assertEquals(p, Pseudonyms.of(SECRET, 42), "the same person every quarter");
    assertEquals(64, p.length());
    assertTrue(p.matches("[0-9a-f]{64}"), p);
    assertFalse(p.contains("42"), "no trace of the id: " + p);
    assertNotEquals(p, Pseudonyms.of(SECRET, 43));
    String other = SECRET.replace('0', '1');
    assertNotEquals(p, Pseudonyms.of(other, 42), "without the secret there is no way back");
    // HMAC-SHA256 (RFC 2104) of "42" under the secret, worked out independently.
    assertEquals(hmac(SECRET, "42"), p);
  }

  private static String hmac(String secretHex, String message) {
    try {
      javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
      mac.init(
          new javax.crypto.spec.SecretKeySpec(
              java.util.HexFormat.of().parseHex(secretHex), "HmacSHA256"));
      return java.util.HexFormat.of()
          .formatHex(mac.doFinal(message.getBytes(StandardCharsets.US_ASCII)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aNewSecretIs256RandomBits() {
    String a = Pseudonyms.newSecret(new SecureRandom());
    String b = Pseudonyms.newSecret(new SecureRandom());
    assertEquals(64, a.length());
    assertNotEquals(a, b);
    assertThrows(IllegalArgumentException.class, () -> Pseudonyms.of("abcd", 1), "too short");
  }

  @Test
  void theFileFollowsTheNationalReturnsLayout() {
    ReportingQuarter q3 = new ReportingQuarter(2026, 3);
    List<CldRow> rows =
        List.of(
            new CldRow(
                Pseudonyms.of(SECRET, 1),
                101,
                LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 5),
                "NFA - Information & Advice / Signposting only",
                "Community / Other route"),
            new CldRow(
                Pseudonyms.of(SECRET, 2),
                102,
                LocalDate.of(2026, 12, 30),
                LocalDate.of(2027, 1, 14),
                "Progress to Assessment",
                "Discharge from Hospital"));
    byte[] file = CldCsv.write(" 316 ", q3, rows);
    assertFalse(file[0] == (byte) 0xEF, "no byte order mark in a file for the return");
    String csv = new String(file, StandardCharsets.UTF_8);
    List<String> lines = List.of(csv.split("\r\n"));
    assertEquals(3, lines.size());
    assertEquals(
        "LA_Code,Reporting_Period_Start_Date,Reporting_Period_End_Date,"
            + "LA_Person_Unique_Identifier,Client_Type,Event_Type,Event_Reference,"
            + "Event_Start_Date,Event_End_Date,Event_Outcome,Request_Route_of_Access",
        lines.get(0));
    assertEquals(
        "316,2026-10-01,2026-12-31,"
            + Pseudonyms.of(SECRET, 1)
            + ",Service User,Request,101,2026-10-05,2026-10-05,"
            + "NFA - Information & Advice / Signposting only,Community / Other route",
        lines.get(1));
    assertTrue(lines.get(2).contains(",102,2026-12-30,2027-01-14,Progress to Assessment,"));
    assertEquals(11, lines.get(2).split(",").length);
    assertEquals("client-level-data-2026-27-Q3.csv", CldCsv.fileName(q3));
    assertTrue(
        new String(CldCsv.write("", q3, List.of()), StandardCharsets.UTF_8).startsWith("LA_Code,"),
        "a quarter with no requests is the heading alone");
  }
}
