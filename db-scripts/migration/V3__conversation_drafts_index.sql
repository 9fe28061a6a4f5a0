-- "My drafts" looks drafts up by who started them.
CREATE INDEX ix_conversation_started ON conversation (started_by, status);
