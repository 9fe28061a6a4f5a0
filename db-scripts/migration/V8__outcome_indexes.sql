-- Covering indexes for the outcomes dashboard: every figure it counts for a team (or for the
-- whole council) over a period is read from the index alone, without visiting the rows.

CREATE INDEX ix_contact_team_figures ON contact
  (team_id, contacted_on, worker_id, request_start, repeat_3, repeat_6, repeat_12, route_id,
   next_step_id, ward);
CREATE INDEX ix_contact_on_figures ON contact
  (contacted_on, team_id, worker_id, request_start, repeat_3, repeat_6, repeat_12, route_id,
   next_step_id, ward);

CREATE INDEX ix_resolution_team_figures ON resolution
  (team_id, resolved_on, worker_id, route, sustainable, came_back_3, came_back_6, came_back_12,
   ward);
CREATE INDEX ix_resolution_on_figures ON resolution
  (resolved_on, team_id, worker_id, route, sustainable, came_back_3, came_back_6, came_back_12,
   ward);

CREATE INDEX ix_review_team_figures ON review
  (team_id, held_on, worker_id, goals_met, t_score, khi_people, first_khi_people, khi_control,
   first_khi_control, khi_connected, first_khi_connected, ward);
CREATE INDEX ix_review_on_figures ON review
  (held_on, team_id, worker_id, goals_met, t_score, khi_people, first_khi_people, khi_control,
   first_khi_control, khi_connected, first_khi_connected, ward);

-- Reviews overdue: a person's signed conversations with a review date.
CREATE INDEX ix_conversation_person_review ON conversation (person_id, status, review_due, held_on);

-- One resolution per request and one review per conversation, even when two people save at once.
CREATE UNIQUE INDEX uq_resolution_contact ON resolution (contact_id);
CREATE UNIQUE INDEX uq_review_conversation ON review (conversation_id);
