-- Exercises set in a training programme: rewriting a note for strengths, or coding a practice
-- conversation with the MITI. The words to work on are copied in when the exercise is set (from
-- an approved library case, a sample that comes with Casebook, or a transcript the trainer
-- pasted); an exercise from a case that is later withdrawn is hidden from everyone.
CREATE TABLE training_exercise (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  programme_id  BIGINT        NOT NULL,
  kind          VARCHAR(10)   NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  instructions  TEXT          NULL,
  case_id       BIGINT        NULL,
  source_text   LONGTEXT      NOT NULL,
  created_by    BIGINT        NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  version       INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_training_exercise_programme FOREIGN KEY (programme_id)
    REFERENCES training_programme (id),
  CONSTRAINT fk_training_exercise_case FOREIGN KEY (case_id) REFERENCES training_case (id)
) ENGINE=InnoDB;

CREATE INDEX ix_training_exercise_programme ON training_exercise (programme_id, created_at);

-- One person's work on one exercise: their rewrite, or their MITI coding (JSON), saved as they go
-- and handed in once; language findings before and after for a rewrite.
CREATE TABLE training_attempt (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  exercise_id      BIGINT       NOT NULL,
  account_id       BIGINT       NOT NULL,
  status           VARCHAR(10)  NOT NULL,
  answer           LONGTEXT     NULL,
  findings_before  INT          NULL,
  findings_after   INT          NULL,
  saved_at         DATETIME(3)  NOT NULL,
  handed_in_at     DATETIME(3)  NULL,
  version          INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_training_attempt UNIQUE (exercise_id, account_id),
  CONSTRAINT fk_training_attempt_exercise FOREIGN KEY (exercise_id)
    REFERENCES training_exercise (id),
  CONSTRAINT fk_training_attempt_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;
