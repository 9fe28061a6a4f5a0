-- Casebook platform schema: teams, accounts, people and the access log.
-- Written once for both H2 (MySQL mode) and MySQL/MariaDB.

CREATE TABLE team (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(100) NOT NULL,
  active      BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at  DATETIME(3)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_team_name UNIQUE (name)
) ENGINE=InnoDB;

CREATE TABLE account (
  id                    BIGINT       NOT NULL AUTO_INCREMENT,
  username              VARCHAR(60)  NOT NULL,
  display_name          VARCHAR(120) NOT NULL,
  role                  VARCHAR(20)  NOT NULL,
  team_id               BIGINT       NULL,
  password_hash         VARCHAR(400) NOT NULL,
  must_change_password  BOOLEAN      NOT NULL DEFAULT FALSE,
  active                BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_sign_ins       INT          NOT NULL DEFAULT 0,
  locked_until          DATETIME(3)  NULL,
  last_signed_in_at     DATETIME(3)  NULL,
  created_at            DATETIME(3)  NOT NULL,
  version               INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_account_username UNIQUE (username),
  CONSTRAINT fk_account_team FOREIGN KEY (team_id) REFERENCES team (id)
) ENGINE=InnoDB;

CREATE TABLE person (
  id                   BIGINT        NOT NULL AUTO_INCREMENT,
  team_id              BIGINT        NOT NULL,
  lead_worker_id       BIGINT        NULL,
  full_name            VARCHAR(150)  NOT NULL,
  preferred_name       VARCHAR(100)  NULL,
  pronouns             VARCHAR(40)   NULL,
  date_of_birth        DATE          NULL,
  nhs_number           CHAR(10)      NULL,
  address              VARCHAR(300)  NULL,
  postcode             VARCHAR(8)    NULL,
  ward                 VARCHAR(100)  NULL,
  communication_needs  VARCHAR(2000) NULL,
  about_me             TEXT          NULL,
  restricted           BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at           DATETIME(3)   NOT NULL,
  created_by           VARCHAR(60)   NOT NULL,
  updated_at           DATETIME(3)   NOT NULL,
  updated_by           VARCHAR(60)   NOT NULL,
  version              INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_person_nhs_number UNIQUE (nhs_number),
  CONSTRAINT fk_person_team FOREIGN KEY (team_id) REFERENCES team (id),
  CONSTRAINT fk_person_lead_worker FOREIGN KEY (lead_worker_id) REFERENCES account (id)
) ENGINE=InnoDB;

CREATE INDEX ix_person_team_name ON person (team_id, full_name);
CREATE INDEX ix_person_dob ON person (date_of_birth);
CREATE INDEX ix_person_postcode ON person (postcode);

-- Workers named on a restricted record: only they (and the team's managers) may open it.
CREATE TABLE person_named_worker (
  person_id   BIGINT NOT NULL,
  account_id  BIGINT NOT NULL,
  PRIMARY KEY (person_id, account_id),
  CONSTRAINT fk_named_worker_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_named_worker_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

-- Who looked at or changed whose record, when and through which page or API call.
CREATE TABLE access_log (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at  DATETIME(3)  NOT NULL,
  account_id   BIGINT       NOT NULL,
  username     VARCHAR(60)  NOT NULL,
  person_id    BIGINT       NOT NULL,
  action       VARCHAR(20)  NOT NULL,
  channel      VARCHAR(200) NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_access_log_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_access_log_account FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB;

CREATE INDEX ix_access_log_person ON access_log (person_id, occurred_at);
CREATE INDEX ix_access_log_account ON access_log (account_id, occurred_at);
