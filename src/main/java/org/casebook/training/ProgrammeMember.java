package org.casebook.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Someone enrolled in a programme as a trainee. */
@Entity
@Table(name = "training_programme_member")
@IdClass(ProgrammeMember.Key.class)
public class ProgrammeMember {

  /** The programme and the member of staff. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long programmeId;
    private Long accountId;

    public Key() {}

    public Key(Long programmeId, Long accountId) {
      this.programmeId = programmeId;
      this.accountId = accountId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && java.util.Objects.equals(programmeId, k.programmeId)
          && java.util.Objects.equals(accountId, k.accountId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(programmeId, accountId);
    }
  }

  @Id
  @Column(name = "programme_id")
  private Long programmeId;

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "enrolled_by", nullable = false, updatable = false)
  private long enrolledBy;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private Instant enrolledAt;

  protected ProgrammeMember() {}

  ProgrammeMember(long programmeId, long accountId, long enrolledBy, Instant enrolledAt) {
    this.programmeId = programmeId;
    this.accountId = accountId;
    this.enrolledBy = enrolledBy;
    this.enrolledAt = enrolledAt;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }
}
