-- Open Referral UK imports into the community asset directory: one row per import with its
-- progress and counts, and the first few hundred lines of its report (what changed in each
-- service, or why it was not taken).

CREATE TABLE import_run (
  id           BIGINT         NOT NULL AUTO_INCREMENT,
  file_name    VARCHAR(255)   NOT NULL,
  started_by   VARCHAR(60)    NOT NULL,
  started_at   DATETIME(3)    NOT NULL,
  updated_at   DATETIME(3)    NOT NULL,
  finished_at  DATETIME(3)    NULL,
  status       VARCHAR(20)    NOT NULL,
  total        INT            NOT NULL DEFAULT 0,
  processed    INT            NOT NULL DEFAULT 0,
  created      INT            NOT NULL DEFAULT 0,
  updated      INT            NOT NULL DEFAULT 0,
  unchanged    INT            NOT NULL DEFAULT 0,
  retired      INT            NOT NULL DEFAULT 0,
  rejected     INT            NOT NULL DEFAULT 0,
  skipped      INT            NOT NULL DEFAULT 0,
  failure      VARCHAR(500)   NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE INDEX ix_import_run_started ON import_run (started_at);
CREATE INDEX ix_import_run_status ON import_run (status);

CREATE TABLE import_run_line (
  id            BIGINT         NOT NULL AUTO_INCREMENT,
  run_id        BIGINT         NOT NULL,
  line_no       INT            NOT NULL,
  outcome       VARCHAR(20)    NOT NULL,
  service_id    VARCHAR(100)   NULL,
  service_name  VARCHAR(150)   NULL,
  changed       VARCHAR(500)   NULL,
  reason        VARCHAR(1000)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_import_run_line_run FOREIGN KEY (run_id) REFERENCES import_run (id)
) ENGINE=InnoDB;

CREATE INDEX ix_import_run_line ON import_run_line (run_id, line_no);
