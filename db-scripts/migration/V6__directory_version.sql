-- A counter that goes up whenever the community directory changes, so every Casebook instance
-- knows when its in-memory search index must be rebuilt.
CREATE TABLE directory_version (
  id       INT     NOT NULL,
  version  BIGINT  NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;

INSERT INTO directory_version (id, version) VALUES (1, 0);
