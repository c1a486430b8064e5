-- Weisheng record store, schema version 1, for H2 2.x.
--
-- A host that manages its own DDL may run this script itself (in a transaction); the last statement
-- records the version in ws_schema, so the store will find the schema ready on open.
-- Each statement ends with a semicolon at the end of a line; lines starting with -- are comments.
-- Names avoid H2's reserved words (KEY, VALUE, USER, DAY, MONTH, YEAR): rec_* and idx_* instead.

-- Applied schema versions, one row per migration script.
CREATE TABLE ws_schema (
  schema_version INTEGER NOT NULL,
  description CHARACTER VARYING(200) NOT NULL,
  applied_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
  CONSTRAINT ws_schema_pk PRIMARY KEY (schema_version)
);

-- The current version of each record: the row that optimistic concurrency updates
-- (UPDATE ... WHERE kind = ? AND id = ? AND version = ?), and the driver of scans.
CREATE TABLE ws_record (
  kind CHARACTER VARYING(63) NOT NULL,
  id CHARACTER VARYING(128) NOT NULL,
  version BIGINT NOT NULL,
  scope CHARACTER VARYING(128) NOT NULL,
  CONSTRAINT ws_record_pk PRIMARY KEY (kind, id)
);

-- Every version of every record (history, 留痕): never updated, never deleted.
-- idx_entries holds the version's index entries as name:length:value items, sorted;
-- the commit time is kept exactly as epoch seconds plus nanoseconds.
-- Body and entries are inline types (up to 10^9 bytes), not BLOB/CLOB: H2 copies every LOB a
-- query returns into temporary storage that the session keeps for LOB_TIMEOUT, which would make
-- a scan's memory grow with the number of records.
CREATE TABLE ws_record_version (
  kind CHARACTER VARYING(63) NOT NULL,
  id CHARACTER VARYING(128) NOT NULL,
  version BIGINT NOT NULL,
  scope CHARACTER VARYING(128) NOT NULL,
  body BINARY VARYING NOT NULL,
  idx_entries CHARACTER VARYING NOT NULL,
  author CHARACTER VARYING(128) NOT NULL,
  reason CHARACTER VARYING(512) NOT NULL,
  at_epoch_second BIGINT NOT NULL,
  at_nano INTEGER NOT NULL,
  CONSTRAINT ws_record_version_pk PRIMARY KEY (kind, id, version),
  CONSTRAINT ws_record_version_record_fk FOREIGN KEY (kind, id) REFERENCES ws_record (kind, id)
);

-- The index entries of the current version of each record. idx_key is the value's UTF-16 code
-- units, big-endian: comparing it byte by byte is String.compareTo order, which ranges and sorting
-- use; idx_value is the same value as text, for people reading the table.
CREATE TABLE ws_index (
  kind CHARACTER VARYING(63) NOT NULL,
  idx_name CHARACTER VARYING(63) NOT NULL,
  idx_key BINARY VARYING(512) NOT NULL,
  id CHARACTER VARYING(128) NOT NULL,
  idx_value CHARACTER VARYING(256) NOT NULL,
  CONSTRAINT ws_index_pk PRIMARY KEY (kind, idx_name, idx_key, id),
  CONSTRAINT ws_index_record_fk FOREIGN KEY (kind, id) REFERENCES ws_record (kind, id)
);

CREATE INDEX ws_index_by_record ON ws_index (kind, id);

INSERT INTO ws_schema (schema_version, description) VALUES (1, 'records');
