-- Practice figures for each signed conversation, for the practice culture dashboard. Written when
-- the conversation is signed and again when an addendum corrects it or a community connection is
-- made from it. Team and worker are as they were when it was signed; month is the first day of the
-- month it was signed (record_month: "month" is a keyword in H2).
CREATE TABLE record_figure (
  conversation_id  BIGINT       NOT NULL,
  person_id        BIGINT       NOT NULL,
  team_id          BIGINT       NOT NULL,
  worker_id        BIGINT       NOT NULL,
  record_month     DATE         NOT NULL,
  words            INT          NOT NULL,
  findings         INT          NOT NULL,
  own_words        INT          NOT NULL,
  strengths        INT          NOT NULL,
  network          INT          NOT NULL,
  assets           INT          NOT NULL,
  goals            INT          NOT NULL,
  own_word_goals   INT          NOT NULL,
  computed_at      DATETIME(3)  NOT NULL,
  PRIMARY KEY (conversation_id),
  CONSTRAINT fk_record_figure_conversation FOREIGN KEY (conversation_id)
    REFERENCES conversation (id)
) ENGINE=InnoDB;

-- Covering indexes: a team's (or the council's) months are read from the index alone.
CREATE INDEX ix_record_figure_team ON record_figure
  (team_id, record_month, worker_id, words, findings, own_words, strengths, network, assets, goals,
   own_word_goals);
CREATE INDEX ix_record_figure_month ON record_figure
  (record_month, team_id, worker_id, words, findings, own_words, strengths, network, assets, goals,
   own_word_goals);
CREATE INDEX ix_record_figure_worker ON record_figure (worker_id, record_month);

-- A team's monthly sample, drawn once: the month of records it was drawn from, and how many per
-- worker it was asked for.
CREATE TABLE audit_sample (
  team_id     BIGINT       NOT NULL,
  record_month  DATE         NOT NULL,
  per_worker  INT          NOT NULL,
  drawn_at    DATETIME(3)  NOT NULL,
  drawn_by    VARCHAR(60)  NOT NULL,
  PRIMARY KEY (team_id, record_month)
) ENGINE=InnoDB;

-- A case-file audit of one signed conversation: drawn in a month's sample or added by a manager.
-- Scores 1 to 4 against each practice principle; once the feedback is sent they are kept as they
-- were. The worker's response closes it.
CREATE TABLE practice_audit (
  id                BIGINT         NOT NULL AUTO_INCREMENT,
  conversation_id   BIGINT         NOT NULL,
  person_id         BIGINT         NOT NULL,
  team_id           BIGINT         NOT NULL,
  worker_id         BIGINT         NOT NULL,
  record_month      DATE           NOT NULL,
  origin            VARCHAR(10)    NOT NULL,
  status            VARCHAR(12)    NOT NULL,
  revision          INT            NULL,
  score_voice       INT            NULL,
  score_strengths   INT            NULL,
  score_network     INT            NULL,
  score_community   INT            NULL,
  score_goals       INT            NULL,
  score_risks       INT            NULL,
  score_language    INT            NULL,
  comments          LONGTEXT       NULL,
  words             INT            NULL,
  findings          INT            NULL,
  feedback          TEXT           NULL,
  auditor_id        BIGINT         NULL,
  feedback_at       DATETIME(3)    NULL,
  response          TEXT           NULL,
  responded_at      DATETIME(3)    NULL,
  created_by        VARCHAR(60)    NOT NULL,
  created_at        DATETIME(3)    NOT NULL,
  version           INT            NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uq_practice_audit_conversation UNIQUE (conversation_id),
  CONSTRAINT fk_practice_audit_conversation FOREIGN KEY (conversation_id)
    REFERENCES conversation (id)
) ENGINE=InnoDB;

CREATE INDEX ix_practice_audit_worker ON practice_audit (worker_id, status, record_month);
CREATE INDEX ix_practice_audit_figures ON practice_audit
  (team_id, record_month, worker_id, status, score_voice, score_strengths, score_network,
   score_community, score_goals, score_risks, score_language);

-- Each step of an audit, as it happened: drawn or added, saved, feedback sent, response.
CREATE TABLE practice_audit_step (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  audit_id    BIGINT       NOT NULL,
  step        VARCHAR(20)  NOT NULL,
  made_by     VARCHAR(60)  NOT NULL,
  made_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_practice_audit_step FOREIGN KEY (audit_id) REFERENCES practice_audit (id)
) ENGINE=InnoDB;

CREATE INDEX ix_practice_audit_step ON practice_audit_step (audit_id, made_at);
