-- Readiness self-assessment: the council's yearly self-assessment against the 18 questions of the
-- readiness framework. One a year (calendar year). Each answer is a rating from 1 to 4 (none while
-- a draft is partly answered) and the local evidence behind it, kept by question number (1 to 18).
-- A draft is saved with a version for optimistic locking; once signed off nothing changes.

CREATE TABLE readiness_assessment (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  assessment_year   INT           NOT NULL,
  status            VARCHAR(12)   NOT NULL,
  copied_from_year  INT           NULL,
  started_at        DATETIME(3)   NOT NULL,
  started_by        VARCHAR(60)   NOT NULL,
  saved_at          DATETIME(3)   NOT NULL,
  saved_by          VARCHAR(60)   NOT NULL,
  signed_off_at     DATETIME(3)   NULL,
  signed_off_by     VARCHAR(60)   NULL,
  version           INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_readiness_year UNIQUE (assessment_year)
) ENGINE=InnoDB;

CREATE TABLE readiness_answer (
  id             BIGINT   NOT NULL AUTO_INCREMENT,
  assessment_id  BIGINT   NOT NULL,
  question       INT      NOT NULL,
  rating         INT      NULL,
  evidence       TEXT     NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_readiness_answer UNIQUE (assessment_id, question),
  CONSTRAINT fk_readiness_answer FOREIGN KEY (assessment_id) REFERENCES readiness_assessment (id)
) ENGINE=InnoDB;
