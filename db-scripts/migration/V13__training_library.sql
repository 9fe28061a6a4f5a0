-- The training library: anonymised snapshots of signed conversations, prepared by one trainer and
-- approved by another before anyone can teach from them. The snapshot holds only anonymised text
-- (JSON: sections with the places of each replacement and each detail flagged for the reviewer);
-- the original is never copied here. conversation_id says which record it came from, so the same
-- record is not taken twice; no page, file or API ever shows it.
CREATE TABLE training_case (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  conversation_id  BIGINT        NOT NULL,
  status           VARCHAR(12)   NOT NULL,
  title            VARCHAR(200)  NULL,
  themes           VARCHAR(100)  NULL,
  tags             VARCHAR(500)  NULL,
  teaching_notes   TEXT          NULL,
  snapshot         LONGTEXT      NOT NULL,
  requested_by     BIGINT        NOT NULL,
  requested_at     DATETIME(3)   NOT NULL,
  submitted_at     DATETIME(3)   NULL,
  approved_by      BIGINT        NULL,
  approved_at      DATETIME(3)   NULL,
  withdrawn_by     BIGINT        NULL,
  withdrawn_at     DATETIME(3)   NULL,
  version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_training_case_conversation FOREIGN KEY (conversation_id)
    REFERENCES conversation (id)
) ENGINE=InnoDB;

CREATE INDEX ix_training_case_status ON training_case (status, approved_at);
CREATE INDEX ix_training_case_conversation ON training_case (conversation_id, status);

-- What happened to a training case, step by step, with who and when: requested, saved, submitted,
-- returned (with the reason), approved, withdrawn (with the reason), discarded. Never changed, and
-- kept when the case is withdrawn.
CREATE TABLE training_case_step (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  case_id   BIGINT       NOT NULL,
  step      VARCHAR(20)  NOT NULL,
  made_by   VARCHAR(60)  NOT NULL,
  made_at   DATETIME(3)  NOT NULL,
  note      TEXT         NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_training_case_step_case FOREIGN KEY (case_id) REFERENCES training_case (id)
) ENGINE=InnoDB;

CREATE INDEX ix_training_case_step_case ON training_case_step (case_id, made_at);

-- Skills programmes: a trainer enrols staff (any role) as trainees. Trainees see the approved
-- library and their own exercises, nothing else of the training area.
CREATE TABLE training_programme (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  name         VARCHAR(200)  NOT NULL,
  description  TEXT          NULL,
  created_by   BIGINT        NOT NULL,
  created_at   DATETIME(3)   NOT NULL,
  closed_at    DATETIME(3)   NULL,
  version      INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE TABLE training_programme_member (
  programme_id  BIGINT       NOT NULL,
  account_id    BIGINT       NOT NULL,
  enrolled_by   BIGINT       NOT NULL,
  enrolled_at   DATETIME(3)  NOT NULL,
  PRIMARY KEY (programme_id, account_id),
  CONSTRAINT fk_programme_member_programme FOREIGN KEY (programme_id)
    REFERENCES training_programme (id),
  CONSTRAINT fk_programme_member_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

CREATE INDEX ix_programme_member_account ON training_programme_member (account_id);
