-- Weisheng record store, schema version 1, for PostgreSQL (12 or later).
--
-- A host that manages its own DDL may run this script itself (in a transaction, in the schema the
-- store's connections use); the last statement records the version in ws_schema, so the store will
-- find the schema ready on open.
-- Each statement ends with a semicolon at the end of a line; lines starting with -- are comments.
-- Text columns that are compared or sorted use COLLATE "C" (code-point order, independent of the
-- database's locale).

-- Applied schema versions, one row per migration script.
CREATE TABLE ws_schema (
  schema_version INTEGER NOT NULL,
  description VARCHAR(200) NOT NULL,
  applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT ws_schema_pk PRIMARY KEY (schema_version)
);

-- The current version of each record: the row that optimistic concurrency updates
-- (UPDATE ... WHERE kind = ? AND id = ? AND version = ?), and the driver of scans.
CREATE TABLE ws_record (
  kind VARCHAR(63) COLLATE "C" NOT NULL,
  id VARCHAR(128) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  scope VARCHAR(128) COLLATE "C" NOT NULL,
  CONSTRAINT ws_record_pk PRIMARY KEY (kind, id)
);

-- Every version of every record (history, 留痕): never updated, never deleted.
-- idx_entries holds the version's index entries as name:length:value items, sorted;
-- the commit time is kept exactly as epoch seconds plus nanoseconds.
CREATE TABLE ws_record_version (
  kind VARCHAR(63) COLLATE "C" NOT NULL,
  id VARCHAR(128) COLLATE "C" NOT NULL,
  version BIGINT NOT NULL,
  scope VARCHAR(128) COLLATE "C" NOT NULL,
  body BYTEA NOT NULL,
  idx_entries TEXT NOT NULL,
  author VARCHAR(128) NOT NULL,
  reason VARCHAR(512) NOT NULL,
  at_epoch_second BIGINT NOT NULL,
  at_nano INTEGER NOT NULL,
  CONSTRAINT ws_record_version_pk PRIMARY KEY (kind, id, version),
  CONSTRAINT ws_record_version_record_fk FOREIGN KEY (kind, id) REFERENCES ws_record (kind, id)
);

-- The index entries of the current version of each record. idx_key is the value's UTF-16 code
-- units, big-endian: comparing it byte by byte is String.compareTo order, which ranges and sorting
-- use; idx_value is the same value as text, for people reading the table.
CREATE TABLE ws_index (
  kind VARCHAR(63) COLLATE "C" NOT NULL,
  idx_name VARCHAR(63) COLLATE "C" NOT NULL,
  idx_key BYTEA NOT NULL,
  id VARCHAR(128) COLLATE "C" NOT NULL,
  idx_value VARCHAR(256) NOT NULL,
  CONSTRAINT ws_index_pk PRIMARY KEY (kind, idx_name, idx_key, id),
  CONSTRAINT ws_index_record_fk FOREIGN KEY (kind, id) REFERENCES ws_record (kind, id)
);

CREATE INDEX ws_index_by_record ON ws_index (kind, id);

INSERT INTO ws_schema (schema_version, description) VALUES (1, 'records');
