-- Community assets: the directory, where postcodes are, workers' flags for the editors, and each
-- person's connections with assets and the story of each connection.

CREATE TABLE asset (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  public_id         CHAR(36)       NOT NULL,
  name              VARCHAR(150)   NOT NULL,
  description       TEXT           NULL,
  category          VARCHAR(20)    NOT NULL,
  for_whom          VARCHAR(1000)  NULL,
  minimum_age       INT            NULL,
  maximum_age       INT            NULL,
  address           VARCHAR(300)   NULL,
  postcode          VARCHAR(8)     NULL,
  ward              VARCHAR(100)   NULL,
  latitude          DOUBLE         NULL,
  longitude         DOUBLE         NULL,
  opening_notes     VARCHAR(500)   NULL,
  free_of_charge    BOOLEAN        NOT NULL DEFAULT FALSE,
  cost              VARCHAR(500)   NULL,
  accessibility     VARCHAR(2000)  NULL,
  contact_name      VARCHAR(150)   NULL,
  phone             VARCHAR(40)    NULL,
  email             VARCHAR(254)   NULL,
  website           VARCHAR(500)   NULL,
  published         BOOLEAN        NOT NULL DEFAULT TRUE,
  search_text       TEXT           NOT NULL,
  source            VARCHAR(20)    NOT NULL,
  source_digest     VARCHAR(64)    NULL,
  last_verified_on  DATE           NULL,
  last_verified_by  VARCHAR(60)    NULL,
  retired_at        DATETIME(3)    NULL,
  retired_by        VARCHAR(60)    NULL,
  retired_reason    VARCHAR(500)   NULL,
  created_at        DATETIME(3)    NOT NULL,
  created_by        VARCHAR(60)    NOT NULL,
  updated_at        DATETIME(3)    NOT NULL,
  updated_by        VARCHAR(60)    NOT NULL,
  version           INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_asset_public_id UNIQUE (public_id)
) ENGINE=InnoDB;

CREATE INDEX ix_asset_location ON asset (latitude, longitude);
CREATE INDEX ix_asset_ward ON asset (ward);
CREATE INDEX ix_asset_name ON asset (name);
CREATE INDEX ix_asset_verified ON asset (retired_at, last_verified_on);

CREATE TABLE asset_tag (
  asset_id  BIGINT       NOT NULL,
  tag       VARCHAR(40)  NOT NULL,
  PRIMARY KEY (asset_id, tag),
  CONSTRAINT fk_asset_tag_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
) ENGINE=InnoDB;

CREATE INDEX ix_asset_tag ON asset_tag (tag, asset_id);

CREATE TABLE asset_opening (
  asset_id     BIGINT  NOT NULL,
  day_of_week  INT     NOT NULL,
  opens        TIME    NOT NULL,
  closes       TIME    NOT NULL,
  CONSTRAINT fk_asset_opening_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
) ENGINE=InnoDB;

CREATE INDEX ix_asset_opening ON asset_opening (asset_id, day_of_week);

CREATE TABLE postcode_location (
  postcode   VARCHAR(8)    NOT NULL,
  latitude   DOUBLE        NOT NULL,
  longitude  DOUBLE        NOT NULL,
  ward       VARCHAR(100)  NULL,
  PRIMARY KEY (postcode)
) ENGINE=InnoDB;

CREATE TABLE asset_flag (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  asset_id     BIGINT         NOT NULL,
  reason       VARCHAR(20)    NOT NULL,
  note         VARCHAR(1000)  NULL,
  raised_by    VARCHAR(60)    NOT NULL,
  raised_at    DATETIME(3)    NOT NULL,
  outcome      VARCHAR(20)    NULL,
  resolved_by  VARCHAR(60)    NULL,
  resolved_at  DATETIME(3)    NULL,
  version      INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_asset_flag_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
) ENGINE=InnoDB;

CREATE INDEX ix_asset_flag_open ON asset_flag (resolved_at, raised_at);

CREATE TABLE asset_link (
  id               BIGINT         NOT NULL AUTO_INCREMENT,
  person_id        BIGINT         NOT NULL,
  conversation_id  BIGINT         NOT NULL,
  asset_id         BIGINT         NOT NULL,
  status           VARCHAR(20)    NOT NULL,
  reason           VARCHAR(1000)  NULL,
  created_by       VARCHAR(60)    NOT NULL,
  created_at       DATETIME(3)    NOT NULL,
  updated_by       VARCHAR(60)    NOT NULL,
  updated_at       DATETIME(3)    NOT NULL,
  version          INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_asset_link UNIQUE (person_id, asset_id),
  CONSTRAINT fk_asset_link_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_asset_link_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id),
  CONSTRAINT fk_asset_link_asset FOREIGN KEY (asset_id) REFERENCES asset (id)
) ENGINE=InnoDB;

CREATE INDEX ix_asset_link_asset ON asset_link (asset_id, status);
CREATE INDEX ix_asset_link_conversation ON asset_link (conversation_id);

CREATE TABLE asset_link_step (
  id       BIGINT         NOT NULL AUTO_INCREMENT,
  link_id  BIGINT         NOT NULL,
  status   VARCHAR(20)    NOT NULL,
  note     VARCHAR(1000)  NULL,
  made_by  VARCHAR(60)    NOT NULL,
  made_at  DATETIME(3)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_asset_link_step_link FOREIGN KEY (link_id) REFERENCES asset_link (id)
) ENGINE=InnoDB;

CREATE INDEX ix_asset_link_step ON asset_link_step (link_id, made_at);

-- Administrators nominate the staff who keep the directory up to date.
ALTER TABLE account ADD COLUMN directory_editor BOOLEAN NOT NULL DEFAULT FALSE;

