-- The practice culture dashboard's monthly totals: one row for each team, month and worker, adding
-- up the practice figures of the records signed that month (record_figure). The application keeps
-- it in step in the same transaction as each record's figures (RecordFigureMonths), so a council's
-- 36 months are read from a few thousand rows rather than a million. "with_…" count the records
-- with at least one strength, network member, community connection or goal in the person's words.
CREATE TABLE record_figure_month (
  team_id              BIGINT   NOT NULL,
  record_month         DATE     NOT NULL,
  worker_id            BIGINT   NOT NULL,
  records              INT      NOT NULL,
  words                BIGINT   NOT NULL,
  findings             BIGINT   NOT NULL,
  own_words            BIGINT   NOT NULL,
  with_strengths       INT      NOT NULL,
  with_network         INT      NOT NULL,
  with_assets          INT      NOT NULL,
  with_own_word_goals  INT      NOT NULL,
  goals                BIGINT   NOT NULL,
  own_word_goals       BIGINT   NOT NULL,
  PRIMARY KEY (team_id, record_month, worker_id)
) ENGINE=InnoDB;

-- The figures kept before this table was made.
INSERT INTO record_figure_month (team_id, record_month, worker_id, records, words, findings,
    own_words, with_strengths, with_network, with_assets, with_own_word_goals, goals,
    own_word_goals)
  SELECT team_id, record_month, worker_id, COUNT(*), SUM(words), SUM(findings), SUM(own_words),
    SUM(CASE WHEN strengths > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN network > 0 THEN 1 ELSE 0 END),
    SUM(CASE WHEN assets > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN own_word_goals > 0 THEN 1 ELSE 0 END),
    SUM(goals), SUM(own_word_goals)
  FROM record_figure
  GROUP BY team_id, record_month, worker_id;

-- The whole council's months, read from the index alone in month order: the totals, and the sent
-- audits' scores (a team's are read from ix_practice_audit_figures, which begins with the team).
CREATE INDEX ix_record_figure_month_month ON record_figure_month
  (record_month, team_id, worker_id, records, words, findings, own_words, with_strengths,
   with_network, with_assets, with_own_word_goals, goals, own_word_goals);
CREATE INDEX ix_practice_audit_month ON practice_audit
  (record_month, team_id, worker_id, status, score_voice, score_strengths, score_network,
   score_community, score_goals, score_risks, score_language);
