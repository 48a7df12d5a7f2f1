-- Records that travel (SYNC.md). A record made on another device arrives with its own id,
-- device, device_seq, time and author, and is kept exactly as it came.

-- A link made on two devices at once is two records: the first counts, the other is kept as a
-- duplicate (LinkStore lists each link once). So the one-link rule moves from a UNIQUE index
-- into the code that reads links.
CREATE TABLE links_merged (
    id         TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    from_kind  TEXT NOT NULL,
    from_id    TEXT NOT NULL,
    to_kind    TEXT NOT NULL,
    to_id      TEXT NOT NULL,
    relation   TEXT NOT NULL
) STRICT;
INSERT INTO links_merged SELECT id, device_id, device_seq, created_at, created_by, from_kind, from_id,
                                to_kind, to_id, relation FROM links;
DROP TABLE links;
ALTER TABLE links_merged RENAME TO links;
CREATE INDEX links_from ON links (from_kind, from_id, to_kind, to_id, relation);
CREATE INDEX links_to ON links (to_kind, to_id);
CREATE TRIGGER links_no_update BEFORE UPDATE ON links
BEGIN SELECT RAISE(ABORT, 'links rows are immutable'); END;

-- Each travelling table is read by (device, device_seq): exports, and the check that no device
-- number is used twice.
CREATE INDEX IF NOT EXISTS links_device_seq ON links (device_id, device_seq);
CREATE INDEX IF NOT EXISTS incident_device_seq ON incident (device_id, device_seq);
CREATE INDEX IF NOT EXISTS incident_event_device_seq ON incident_event (device_id, device_seq);
CREATE INDEX IF NOT EXISTS incident_event_parent ON incident_event (parent_event_id);
CREATE INDEX IF NOT EXISTS audit_event_device_seq ON audit_event (device_id, device_seq);

-- A record that arrived with an id this device already holds with another body, or with a
-- device number this device holds under another id. Nothing is overwritten: the arrived record
-- is kept whole here, once, for a supervisor to see.
CREATE TABLE IF NOT EXISTS sync_conflict (
    id             INTEGER PRIMARY KEY,
    found_at       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('other_body', 'device_seq_reused')),
    held_sha256    TEXT NOT NULL,
    arrived_sha256 TEXT NOT NULL,
    arrived_json   TEXT NOT NULL,
    source         TEXT NOT NULL,
    UNIQUE (record_id, arrived_sha256)
) STRICT;

-- A supervisor's decision on a conflict: which version is right, and why. Records are never
-- changed, so a decision that the arrived version is right is followed by a correction made
-- the usual way (a new timeline entry); the decision records that it was seen and settled.
CREATE TABLE IF NOT EXISTS sync_decision (
    conflict_id INTEGER PRIMARY KEY REFERENCES sync_conflict (id),
    decided_at  INTEGER NOT NULL,
    decided_by  TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('held_right', 'arrived_right')),
    note        TEXT NOT NULL
) STRICT;

-- Every batch this device took in, newest last: the device page's "last import".
CREATE TABLE IF NOT EXISTS sync_import (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    source       TEXT NOT NULL,
    batch_sha256 TEXT NOT NULL,
    from_device  TEXT NOT NULL,
    records      INTEGER NOT NULL,
    inserted     INTEGER NOT NULL,
    duplicates   INTEGER NOT NULL,
    conflicts    INTEGER NOT NULL
) STRICT;

-- An incident's current state is a fold of its timeline (IncidentFold), written by the code that
-- adds an entry or takes entries in, and checked by `stationops verify`; the trigger that moved
-- it on in arrival order goes.
DROP TRIGGER IF EXISTS incident_current_track;

-- The search index triggers stand aside while records from another device are taken in
-- (so_bulk_load(), set by the ingest); the ingest then rebuilds each touched incident's document
-- once instead of rewriting it for every entry.
DROP TRIGGER IF EXISTS incident_search_add;
DROP TRIGGER IF EXISTS incident_event_search_add;
CREATE TRIGGER incident_search_add AFTER INSERT ON incident WHEN NOT so_bulk_load() BEGIN
    INSERT INTO incident_fts (rowid, text) VALUES (NEW.rowid, NEW.description || char(57344) || NEW.immediate_actions);
    INSERT INTO incident_words (rowid, text)
    VALUES (NEW.rowid, so_split_cjk(NEW.description || char(57344) || NEW.immediate_actions));
END;
CREATE TRIGGER incident_event_search_add AFTER INSERT ON incident_event WHEN NEW.text <> '' AND NOT so_bulk_load() BEGIN
    UPDATE incident_fts SET text = text || char(57344) || NEW.text
    WHERE rowid = (SELECT rowid FROM incident WHERE id = NEW.incident_id);
    UPDATE incident_words SET text = text || ' ' || char(57344) || ' ' || so_split_cjk(NEW.text)
    WHERE rowid = (SELECT rowid FROM incident WHERE id = NEW.incident_id);
END;
