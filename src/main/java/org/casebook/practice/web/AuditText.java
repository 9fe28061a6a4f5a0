package org.casebook.practice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.casebook.conversation.web.FieldLabels;
import org.casebook.platform.Messages;

/** Words for the audit pages: where in a record a finding is. */
@Named
@ApplicationScoped
public class AuditText {

  /** "strengths:0:description" as "Strength 1: What they are good at". */
  public String field(String path) {
    return FieldLabels.label(path, Messages::text);
  }
}
