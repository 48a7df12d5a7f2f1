-- Core schema: installation facts, per-device counter, staff, sign-in attempts, audit trail, links.
-- Record tables carry id (UUIDv7), device_id, device_seq, created_at (UTC ms), created_by.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE device_counter (
    device_id TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL
) STRICT;

-- Staff are versioned rows: a PIN change or a disable is a new version, never an edit.
CREATE TABLE staff_version (
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
    UNIQUE (staff_no, version)
) STRICT;

CREATE VIEW staff AS
SELECT s.* FROM staff_version s
WHERE s.version = (SELECT MAX(v.version) FROM staff_version v WHERE v.staff_no = s.staff_no);

CREATE TRIGGER staff_version_no_update BEFORE UPDATE ON staff_version
BEGIN SELECT RAISE(ABORT, 'staff_version rows are immutable; add a new version'); END;
CREATE TRIGGER staff_version_no_delete BEFORE DELETE ON staff_version
BEGIN SELECT RAISE(ABORT, 'staff_version rows are immutable; add a new version'); END;

-- Local working log for lockout; not a record that travels.
CREATE TABLE login_attempt (
    id       INTEGER PRIMARY KEY,
    staff_no TEXT NOT NULL,
    at       INTEGER NOT NULL,
    ok       INTEGER NOT NULL CHECK (ok IN (0, 1))
) STRICT;
CREATE INDEX login_attempt_staff ON login_attempt (staff_no, id);

-- Audit trail: one row per state change, hash-chained in seq order.
CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT NOT NULL UNIQUE,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity_kind TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
) STRICT;
CREATE INDEX audit_event_entity ON audit_event (entity_kind, entity_id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event rows are immutable'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event rows are immutable'); END;

-- Links between records of different features (alarm -> incident, failed item -> follow-up).
CREATE TABLE links (
    id         TEXT PRIMARY KEY,
    device_id  TEXT NOT NULL,
    device_seq INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL,
    from_kind  TEXT NOT NULL,
    from_id    TEXT NOT NULL,
    to_kind    TEXT NOT NULL,
    to_id      TEXT NOT NULL,
    relation   TEXT NOT NULL,
    UNIQUE (from_kind, from_id, to_kind, to_id, relation)
) STRICT;
CREATE INDEX links_to ON links (to_kind, to_id);

CREATE TRIGGER links_no_update BEFORE UPDATE ON links
BEGIN SELECT RAISE(ABORT, 'links rows are immutable'); END;
