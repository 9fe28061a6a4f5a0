-- The council's own lexicon. The shipped lexicon stays in the application as data
-- (src/main/resources/language/lexicon.txt); these tables hold what the council's administrators
-- add to it and which shipped entries they have switched off, and a counter that goes up with
-- every change, so each Casebook instance knows when to rebuild its language checker.

-- Entries the council added. Never deleted: an entry no longer wanted is retired (active false).
-- code is the entry's name, as a shipped entry's id; phrases have "; " between them, context
-- words "," (as in a lexicon line).
CREATE TABLE lexicon_entry (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  code             VARCHAR(60)    NOT NULL,
  category         VARCHAR(20)    NOT NULL,
  phrases          VARCHAR(2000)  NOT NULL,
  suggestion       VARCHAR(300)   NOT NULL,
  explanation      VARCHAR(500)   NOT NULL,
  replace_with     VARCHAR(100)   NULL,
  not_followed_by  VARCHAR(300)   NULL,
  not_preceded_by  VARCHAR(300)   NULL,
  active           BOOLEAN        NOT NULL DEFAULT TRUE,
  created_at       DATETIME(3)    NOT NULL,
  created_by       VARCHAR(60)    NOT NULL,
  updated_at       DATETIME(3)    NOT NULL,
  updated_by       VARCHAR(60)    NOT NULL,
  version          INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_lexicon_entry_code UNIQUE (code)
) ENGINE=InnoDB;

-- Whether the council uses a shipped entry. No row means it does; a row is added the first time
-- an administrator switches the entry off, and kept (with its version) after that.
CREATE TABLE lexicon_shipped (
  code        VARCHAR(60)  NOT NULL,
  active      BOOLEAN      NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  updated_by  VARCHAR(60)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (code)
) ENGINE=InnoDB;

CREATE TABLE lexicon_version (
  id       INT     NOT NULL,
  version  BIGINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

INSERT INTO lexicon_version (id, version) VALUES (1, 0);
