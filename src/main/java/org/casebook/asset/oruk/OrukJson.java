package org.casebook.asset.oruk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Jackson set up once for Open Referral UK documents, and the ids Casebook derives for them. */
final class OrukJson {

  static final ObjectMapper MAPPER = new ObjectMapper();
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OrukJson() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  /**
   * A stable id for a part of an asset (its location, its address, a schedule…): the same asset
   * gets the same ids in every answer, so other systems can follow them from one day to the next.
   */
  static String derivedId(String publicId, String part) {
    return UUID.nameUUIDFromBytes((publicId + "/" + part).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** A stable id for a taxonomy term, shared by every asset that has it. */
  static String termId(String taxonomy, String term) {
    return UUID.nameUUIDFromBytes((taxonomy + ":" + term).getBytes(StandardCharsets.UTF_8))
        .toString();
  }
}
