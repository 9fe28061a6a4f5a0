-- Good-life conversations. What the worker writes is kept as one JSON document per version:
-- the draft (or the current text) on the conversation, and every signed version in
-- conversation_revision, never changed once written.
CREATE TABLE conversation (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  person_id      BIGINT       NOT NULL,
  kind           VARCHAR(30)  NOT NULL,
  status         VARCHAR(10)  NOT NULL,
  held_on        DATE         NULL,
  mode           VARCHAR(10)  NULL,
  notes          LONGTEXT     NOT NULL,
  started_by     VARCHAR(60)  NOT NULL,
  started_at     DATETIME(3)  NOT NULL,
  saved_by       VARCHAR(60)  NOT NULL,
  saved_at       DATETIME(3)  NOT NULL,
  finalised_by   VARCHAR(60)  NULL,
  finalised_at   DATETIME(3)  NULL,
  revisions      INT          NOT NULL DEFAULT 0,
  version        INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_conversation_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB;

CREATE INDEX ix_conversation_person ON conversation (person_id, held_on, id);
CREATE INDEX ix_conversation_drafts ON conversation (status, saved_by, saved_at);

-- Each signed version: 1 is the conversation as finalised, 2 and on are addenda with a reason.
CREATE TABLE conversation_revision (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  conversation_id  BIGINT       NOT NULL,
  number           INT          NOT NULL,
  notes            LONGTEXT     NOT NULL,
  reason           TEXT         NULL,
  made_by          VARCHAR(60)  NOT NULL,
  made_at          DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_revision UNIQUE (conversation_id, number),
  CONSTRAINT fk_revision_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
) ENGINE=InnoDB;

-- Agreed actions from signed conversations, to be ticked off as they are done.
CREATE TABLE agreed_action (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  conversation_id  BIGINT        NOT NULL,
  person_id        BIGINT        NOT NULL,
  action_key       VARCHAR(36)   NOT NULL,
  owner            VARCHAR(20)   NOT NULL,
  owner_name       VARCHAR(200)  NULL,
  what             TEXT          NOT NULL,
  due_on           DATE          NULL,
  done_at          DATETIME(3)   NULL,
  done_by          VARCHAR(60)   NULL,
  version          INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_agreed_action UNIQUE (conversation_id, action_key),
  CONSTRAINT fk_action_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
  CONSTRAINT fk_action_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB;

CREATE INDEX ix_agreed_action_person ON agreed_action (person_id, done_at, due_on);

-- The access log also says which conversation was looked at.
ALTER TABLE access_log ADD COLUMN conversation_id BIGINT NULL;
ALTER TABLE access_log MODIFY COLUMN action VARCHAR(30) NOT NULL;
