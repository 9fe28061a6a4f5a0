package org.casebook.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CasebookAuthenticationTest {

  private static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  private static UsernamePasswordCredential credential(String header) {
    Optional<UsernamePasswordCredential> credential =
        CasebookAuthentication.basicCredential(header);
    assertTrue(credential.isPresent(), "no credential read from " + header);
    return credential.get();
  }

  @Test
  void readsAUsernameAndPassword() {
    UsernamePasswordCredential credential =
        credential("Basic " + encode("asha.patel:correct horse battery"));
    assertEquals("asha.patel", credential.getCaller());
    assertEquals("correct horse battery", credential.getPasswordAsString());
  }

  @Test
  void theSchemeNameIsCaseInsensitiveAndExtraSpaceIsIgnored() {
    assertEquals("asha", credential("basic " + encode("asha:secret")).getCaller());
    assertEquals("asha", credential("BASIC " + encode("asha:secret")).getCaller());
    assertEquals(
        "secret", credential("Basic   " + encode("asha:secret") + "  ").getPasswordAsString());
  }

  @Test
  void thePasswordMayContainColons() {
    UsernamePasswordCredential credential = credential("Basic " + encode("asha:a:b::c:"));
    assertEquals("asha", credential.getCaller());
    assertEquals("a:b::c:", credential.getPasswordAsString());
  }

  @Test
  void readsUtf8() {
    UsernamePasswordCredential credential = credential("Basic " + encode("zoë:pässwörd £5"));
    assertEquals("zoë", credential.getCaller());
    assertEquals("pässwörd £5", credential.getPasswordAsString());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Basic",
        "Basic ",
        "Basic !!!not base64!!!",
        "Basic YXNo*YTpzZWNyZXQ=",
        "Bearer YXNoYTpzZWNyZXQ=",
        "Digest username=\"asha\"",
        "YXNoYTpzZWNyZXQ=",
        "BasicYXNoYTpzZWNyZXQ="
      })
  void anythingMalformedIsNoCredential(String header) {
    assertEquals(Optional.empty(), CasebookAuthentication.basicCredential(header));
  }

  @Test
  void aDecodedValueWithoutAColonIsNoCredential() {
    assertEquals(
        Optional.empty(), CasebookAuthentication.basicCredential("Basic " + encode("ashasecret")));
  }

  @Test
  void anEmptyUsernameIsNoCredential() {
    assertEquals(
        Optional.empty(), CasebookAuthentication.basicCredential("Basic " + encode(":secret")));
  }
}
