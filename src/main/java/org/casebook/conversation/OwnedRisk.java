package org.casebook.conversation;

import java.util.UUID;
import org.casebook.platform.Texts;

/**
 * A risk the person chooses to take, recorded as positive risk-taking: what it is, how they see it,
 * what makes it safer and who agreed.
 */
public class OwnedRisk implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  private String key = UUID.randomUUID().toString();
  private String risk;
  private String personsView;
  private String saferWhen;
  private String agreedBy;

  public OwnedRisk() {}

  public OwnedRisk(String risk, String personsView, String saferWhen, String agreedBy) {
    this.risk = risk;
    this.personsView = personsView;
    this.saferWhen = saferWhen;
    this.agreedBy = agreedBy;
  }

  boolean isBlank() {
    return Texts.isBlank(risk)
        && Texts.isBlank(personsView)
        && Texts.isBlank(saferWhen)
        && Texts.isBlank(agreedBy);
  }

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getRisk() {
    return risk;
  }

  public void setRisk(String risk) {
    this.risk = risk;
  }

  public String getPersonsView() {
    return personsView;
  }

  public void setPersonsView(String personsView) {
    this.personsView = personsView;
  }

  public String getSaferWhen() {
    return saferWhen;
  }

  public void setSaferWhen(String saferWhen) {
    this.saferWhen = saferWhen;
  }

  public String getAgreedBy() {
    return agreedBy;
  }

  public void setAgreedBy(String agreedBy) {
    this.agreedBy = agreedBy;
  }
}
