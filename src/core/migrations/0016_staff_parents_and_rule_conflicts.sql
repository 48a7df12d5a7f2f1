-- Staff versions merge (SYNC.md, rule 4): each names the version it follows (parent_id), not a
-- number taken from the local maximum plus one, so a PIN changed on two tablets offline makes two
-- versions of one parent. Both are kept; the later (by version, time, then id) applies until an
-- administrator settles the conflict. version stays: the parent's plus one.
--
-- Conflicts found by a rule over records (two versions of one parent, two shifts claiming one
-- booth, two sign-offs of one shift) are listed in sync_conflict beside the records that arrived
-- with another body: the pair is record_id and other_id.
-- Runs again cleanly on a file put back at an older schema number.

DROP VIEW IF EXISTS staff;
ALTER TABLE staff_version ADD COLUMN parent_id TEXT;
CREATE TABLE staff_version_merged (
    id             TEXT PRIMARY KEY,
    device_id      TEXT NOT NULL,
    device_seq     INTEGER NOT NULL,
    created_at     INTEGER NOT NULL,
    created_by     TEXT NOT NULL,
    staff_no       TEXT NOT NULL,
    version        INTEGER NOT NULL CHECK (version >= 1),
    name_zh        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('agent', 'seller', 'supervisor', 'admin')),
    pin_hash       TEXT NOT NULL,
    pin_salt       TEXT NOT NULL,
    pin_iterations INTEGER NOT NULL CHECK (pin_iterations >= 100000),
    active         INTEGER NOT NULL CHECK (active IN (0, 1)),
    parent_id      TEXT REFERENCES staff_version_merged (id)
) STRICT;
-- Versions made on one device follow each other by number.
INSERT INTO staff_version_merged
SELECT s.id, s.device_id, s.device_seq, s.created_at, s.created_by, s.staff_no, s.version, s.name_zh, s.name_en, s.role,
       s.pin_hash, s.pin_salt, s.pin_iterations, s.active,
       coalesce(s.parent_id, (SELECT p.id FROM staff_version p WHERE p.staff_no = s.staff_no AND p.version = s.version - 1
                              ORDER BY p.created_at, p.id LIMIT 1))
FROM staff_version s ORDER BY s.staff_no, s.version;
DROP TABLE staff_version;
ALTER TABLE staff_version_merged RENAME TO staff_version;
CREATE INDEX staff_version_of ON staff_version (staff_no, version);
CREATE INDEX staff_version_parent ON staff_version (parent_id);
CREATE INDEX staff_version_device_seq ON staff_version (device_id, device_seq);
CREATE TRIGGER staff_version_no_update BEFORE UPDATE ON staff_version
BEGIN SELECT RAISE(ABORT, 'staff_version rows are immutable; add a new version'); END;
CREATE TRIGGER staff_version_no_delete BEFORE DELETE ON staff_version
BEGIN SELECT RAISE(ABORT, 'staff_version rows are immutable; add a new version'); END;
-- Versions written from now on travel. Those already here do not: until now each tablet kept
-- its own staff list (the demo seeds one on each), and sending them would make every person two
-- versions of no parent, the later silently in force on every tablet. A version made from one
-- of them names no parent (StaffService) and, being the higher version, applies wherever it goes.
CREATE TRIGGER staff_version_arrival AFTER INSERT ON staff_version BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('staff_version', NEW.id);
END;

-- Each person as they stand: the latest version by number, then time, then id. The same on every
-- device whatever order the versions arrived in.
CREATE VIEW staff AS
SELECT s.* FROM staff_version s
WHERE s.id = (SELECT v.id FROM staff_version v WHERE v.staff_no = s.staff_no
              ORDER BY v.version DESC, v.created_at DESC, v.id DESC LIMIT 1);

ALTER TABLE sync_conflict ADD COLUMN other_id TEXT NOT NULL DEFAULT '';
CREATE TABLE sync_conflict_next (
    id             INTEGER PRIMARY KEY,
    found_at       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('other_body', 'device_seq_reused', 'same_parent', 'same_booth',
                                                   'same_seller', 'second_signoff', 'second_close')),
    held_sha256    TEXT NOT NULL,
    arrived_sha256 TEXT NOT NULL,
    arrived_json   TEXT NOT NULL,
    source         TEXT NOT NULL,
    other_id       TEXT NOT NULL DEFAULT '',
    UNIQUE (record_id, arrived_sha256, other_id)
) STRICT;
INSERT INTO sync_conflict_next (id, found_at, kind, record_id, reason, held_sha256, arrived_sha256, arrived_json, source, other_id)
SELECT id, found_at, kind, record_id, reason, held_sha256, arrived_sha256, arrived_json, source, other_id FROM sync_conflict;
CREATE TABLE sync_decision_next (
    conflict_id INTEGER PRIMARY KEY REFERENCES sync_conflict_next (id),
    decided_at  INTEGER NOT NULL,
    decided_by  TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('held_right', 'arrived_right')),
    note        TEXT NOT NULL
) STRICT;
INSERT INTO sync_decision_next SELECT conflict_id, decided_at, decided_by, decision, note FROM sync_decision;
DROP TABLE sync_decision;
DROP TABLE sync_conflict;
ALTER TABLE sync_conflict_next RENAME TO sync_conflict;
ALTER TABLE sync_decision_next RENAME TO sync_decision;
