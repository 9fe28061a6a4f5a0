-- Front door, reviews and sustainable resolution: the council's coded lists, contacts (grouped
-- into requests, with repeats worked out when they are recorded), resolutions, reviews of goals,
-- and Key Human Indicator readings. Team, worker and ward are kept on each row as they were at the
-- time, so the outcomes dashboard counts without joining a person's current details.

CREATE TABLE coded_value (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  list_name   VARCHAR(20)   NOT NULL,
  code        VARCHAR(40)   NOT NULL,
  label       VARCHAR(150)  NOT NULL,
  cld_value   VARCHAR(150)  NULL,
  meaning     VARCHAR(30)   NULL,
  position    INT           NOT NULL,
  active      BOOLEAN       NOT NULL DEFAULT TRUE,
  updated_at  DATETIME(3)   NOT NULL,
  updated_by  VARCHAR(60)   NOT NULL,
  version     INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_coded_value UNIQUE (list_name, code)
) ENGINE=InnoDB;

INSERT INTO coded_value (list_name, code, label, cld_value, meaning, position, updated_at, updated_by) VALUES
 ('SOURCE', 'PERSON', 'The person themselves', 'Self', NULL, 1, CURRENT_TIMESTAMP, 'casebook'),
 ('SOURCE', 'FAMILY', 'Family, friend or neighbour', 'Family / Friend / Neighbour', NULL, 2, CURRENT_TIMESTAMP, 'casebook'),
 ('SOURCE', 'CARER', 'Their unpaid carer', 'Carer', NULL, 3, CURRENT_TIMESTAMP, 'casebook'),
 ('SOURCE', 'GP', 'GP or primary care', 'Primary Care', NULL, 4, CURRENT_TIMESTAMP, 'casebook'),
 ('SOURCE', 'HOSPITAL', 'Hospital', 'Secondary Care', NULL, 5, CURRENT_TIMESTAMP, 'casebook'),
 ('SOURCE', 'PROFESSIONAL', 'Another professional', 'Other Professional', NULL, 6, CURRENT_TIMESTAMP, 'casebook'),
 ('SOURCE', 'COMMUNITY', 'Community group or charity', 'Voluntary / Community Organisation', NULL, 7, CURRENT_TIMESTAMP, 'casebook'),
 ('SOURCE', 'OTHER', 'Someone else', 'Other', NULL, 8, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'COMMUNITY', 'Community / other route', 'Community / Other route', NULL, 1, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'HOSPITAL_DISCHARGE', 'Discharge from hospital', 'Discharge from Hospital', NULL, 2, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'HOSPITAL_DIVERSION', 'Diversion from hospital services', 'Diversion from Hospital Services', NULL, 3, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'TRANSITION', 'Planned entry (transition)', 'Planned Entry (Transition)', NULL, 4, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'SELF_FUNDER_DEPLETED', 'Self-funder with depleted funds', 'Self-Funder', NULL, 5, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'REABLEMENT_DISCHARGE', 'Discharge from reablement', 'Discharge from Reablement', NULL, 6, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'PRISON', 'Prison', 'Prison', NULL, 7, CURRENT_TIMESTAMP, 'casebook'),
 ('ROUTE', 'OTHER_LA', 'Moved from another council', 'Transfer from Other LA', NULL, 8, CURRENT_TIMESTAMP, 'casebook'),
 ('NEXT_STEP', 'INFORMATION', 'Information and advice / signposting', 'NFA - Information & Advice / Signposting only', 'INFORMATION', 1, CURRENT_TIMESTAMP, 'casebook'),
 ('NEXT_STEP', 'COMMUNITY_ASSET', 'Connected to a community asset', 'NFA - Information & Advice / Signposting only', 'COMMUNITY', 2, CURRENT_TIMESTAMP, 'casebook'),
 ('NEXT_STEP', 'SHORT_TERM', 'Short-term support to maximise independence', 'Progress to Reablement/ST-Max', 'SHORT_TERM', 3, CURRENT_TIMESTAMP, 'casebook'),
 ('NEXT_STEP', 'CONVERSATION', 'Good-life conversation / assessment', 'Progress to Assessment', 'CONVERSATION', 4, CURRENT_TIMESTAMP, 'casebook'),
 ('NEXT_STEP', 'LONG_TERM', 'Long-term support', 'Progress to Support Planning / Services', 'LONG_TERM', 5, CURRENT_TIMESTAMP, 'casebook'),
 ('NEXT_STEP', 'NO_FURTHER_ACTION', 'No further action', 'NFA - Other', 'NONE', 6, CURRENT_TIMESTAMP, 'casebook');

CREATE TABLE contact (
  id                 BIGINT         NOT NULL AUTO_INCREMENT,
  person_id          BIGINT         NOT NULL,
  team_id            BIGINT         NOT NULL,
  worker_id          BIGINT         NOT NULL,
  ward               VARCHAR(100)   NULL,
  contacted_on       DATE           NOT NULL,
  source_id          BIGINT         NOT NULL,
  route_id           BIGINT         NOT NULL,
  next_step_id       BIGINT         NOT NULL,
  reason             VARCHAR(2000)  NOT NULL,
  request_start      BOOLEAN        NOT NULL,
  request_began_on   DATE           NOT NULL,
  previous_id        BIGINT         NULL,
  repeat_3           BOOLEAN        NOT NULL DEFAULT FALSE,
  repeat_6           BOOLEAN        NOT NULL DEFAULT FALSE,
  repeat_12          BOOLEAN        NOT NULL DEFAULT FALSE,
  recorded_at        DATETIME(3)    NOT NULL,
  recorded_by        VARCHAR(60)    NOT NULL,
  version            INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_contact_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_contact_source FOREIGN KEY (source_id) REFERENCES coded_value (id),
  CONSTRAINT fk_contact_route FOREIGN KEY (route_id) REFERENCES coded_value (id),
  CONSTRAINT fk_contact_next FOREIGN KEY (next_step_id) REFERENCES coded_value (id)
) ENGINE=InnoDB;

CREATE INDEX ix_contact_person ON contact (person_id, contacted_on);
CREATE INDEX ix_contact_team ON contact (team_id, contacted_on);
CREATE INDEX ix_contact_on ON contact (contacted_on);

CREATE TABLE resolution (
  id              BIGINT         NOT NULL AUTO_INCREMENT,
  person_id       BIGINT         NOT NULL,
  team_id         BIGINT         NOT NULL,
  worker_id       BIGINT         NOT NULL,
  ward            VARCHAR(100)   NULL,
  contact_id      BIGINT         NULL,
  review_id       BIGINT         NULL,
  resolved_on     DATE           NOT NULL,
  route           VARCHAR(20)    NOT NULL,
  sustainable     BOOLEAN        NOT NULL,
  suggested       BOOLEAN        NOT NULL,
  reason          VARCHAR(2000)  NOT NULL,
  came_back_on    DATE           NULL,
  came_back_3     BOOLEAN        NOT NULL DEFAULT FALSE,
  came_back_6     BOOLEAN        NOT NULL DEFAULT FALSE,
  came_back_12    BOOLEAN        NOT NULL DEFAULT FALSE,
  recorded_at     DATETIME(3)    NOT NULL,
  recorded_by     VARCHAR(60)    NOT NULL,
  version         INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_resolution_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_resolution_contact FOREIGN KEY (contact_id) REFERENCES contact (id)
) ENGINE=InnoDB;

CREATE INDEX ix_resolution_person ON resolution (person_id, resolved_on);
CREATE INDEX ix_resolution_team ON resolution (team_id, resolved_on);
CREATE INDEX ix_resolution_on ON resolution (resolved_on);

CREATE TABLE review (
  id                   BIGINT         NOT NULL AUTO_INCREMENT,
  person_id            BIGINT         NOT NULL,
  conversation_id      BIGINT         NOT NULL,
  team_id              BIGINT         NOT NULL,
  worker_id            BIGINT         NOT NULL,
  ward                 VARCHAR(100)   NULL,
  held_on              DATE           NOT NULL,
  t_score              DOUBLE         NULL,
  goals_met            BOOLEAN        NOT NULL,
  khi_people           INT            NULL,
  khi_control          INT            NULL,
  khi_connected        INT            NULL,
  khi_words            VARCHAR(2000)  NULL,
  first_khi_people     INT            NULL,
  first_khi_control    INT            NULL,
  first_khi_connected  INT            NULL,
  assets_in_use        INT            NOT NULL DEFAULT 0,
  notes                VARCHAR(4000)  NULL,
  recorded_at          DATETIME(3)    NOT NULL,
  recorded_by          VARCHAR(60)    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_review_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT fk_review_conversation FOREIGN KEY (conversation_id) REFERENCES conversation (id)
) ENGINE=InnoDB;

CREATE INDEX ix_review_person ON review (person_id, held_on);
CREATE INDEX ix_review_conversation ON review (conversation_id);
CREATE INDEX ix_review_team ON review (team_id, held_on);
CREATE INDEX ix_review_on ON review (held_on);

CREATE TABLE review_goal (
  review_id   BIGINT         NOT NULL,
  position    INT            NOT NULL,
  goal_key    VARCHAR(40)    NOT NULL,
  words       VARCHAR(2000)  NOT NULL,
  weight      INT            NOT NULL,
  level       INT            NOT NULL,
  comment     VARCHAR(2000)  NULL,
  PRIMARY KEY (review_id, position),
  CONSTRAINT fk_review_goal FOREIGN KEY (review_id) REFERENCES review (id)
) ENGINE=InnoDB;

CREATE TABLE review_asset (
  review_id      BIGINT   NOT NULL,
  asset_link_id  BIGINT   NOT NULL,
  in_use         BOOLEAN  NOT NULL,
  PRIMARY KEY (review_id, asset_link_id),
  CONSTRAINT fk_review_asset FOREIGN KEY (review_id) REFERENCES review (id)
) ENGINE=InnoDB;

-- When a conversation with goals is due to be reviewed; set when it is signed, and can be moved.
ALTER TABLE conversation ADD COLUMN review_due DATE NULL;
CREATE INDEX ix_conversation_review_due ON conversation (review_due);

-- The secret behind the pseudonymised person ids in the Client Level Data extract, made once.
CREATE TABLE extract_key (
  id          INT          NOT NULL,
  secret      VARCHAR(64)  NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
