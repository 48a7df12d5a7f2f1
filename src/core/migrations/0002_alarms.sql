-- Alarms: every frame a device sent and every action on an alarm (append-only), the frames
-- that did not decode, and the current state of each alarm (a cache rebuilt from alarm_event).

CREATE TABLE alarm_event (
    id              TEXT PRIMARY KEY,
    device_id       TEXT NOT NULL,
    device_seq      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    alarm_key       TEXT NOT NULL,
    source_device   TEXT NOT NULL,
    point           TEXT NOT NULL,
    asset           TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('raise', 'clear', 'reset', 'ack', 'shelve',
                        'unshelve', 'suppress', 'unsuppress', 'out_of_service', 'in_service')),
    effect          TEXT NOT NULL,
    occurrence_id   TEXT,
    parent_event_id TEXT,
    priority        INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    link_id         TEXT,
    link_seq        INTEGER,
    device_time     TEXT,
    receipt_utc     INTEGER NOT NULL,
    receipt_mono    INTEGER,
    label           TEXT,
    comment         TEXT,
    raw             BLOB
) STRICT;
CREATE INDEX alarm_event_time ON alarm_event (receipt_utc);
CREATE INDEX alarm_event_key ON alarm_event (alarm_key, receipt_utc);
CREATE INDEX alarm_event_device ON alarm_event (source_device, receipt_utc);

CREATE TRIGGER alarm_event_no_update BEFORE UPDATE ON alarm_event
BEGIN SELECT RAISE(ABORT, 'alarm_event rows are immutable'); END;
CREATE TRIGGER alarm_event_no_delete BEFORE DELETE ON alarm_event
BEGIN SELECT RAISE(ABORT, 'alarm_event rows are immutable'); END;

CREATE TABLE decode_error (
    id           TEXT PRIMARY KEY,
    device_id    TEXT NOT NULL,
    device_seq   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL,
    created_by   TEXT NOT NULL,
    link_id      TEXT NOT NULL,
    link_seq     INTEGER NOT NULL,
    receipt_utc  INTEGER NOT NULL,
    receipt_mono INTEGER NOT NULL,
    reason       TEXT NOT NULL,
    raw          BLOB NOT NULL
) STRICT;
CREATE INDEX decode_error_link ON decode_error (link_id, receipt_utc);

CREATE TRIGGER decode_error_no_update BEFORE UPDATE ON decode_error
BEGIN SELECT RAISE(ABORT, 'decode_error rows are immutable'); END;

CREATE TABLE alarm_state (
    alarm_key      TEXT PRIMARY KEY,
    source_device  TEXT NOT NULL,
    point          TEXT NOT NULL,
    asset          TEXT NOT NULL DEFAULT '',
    priority       INTEGER NOT NULL,
    text_zh        TEXT NOT NULL,
    text_en        TEXT NOT NULL,
    area           TEXT NOT NULL DEFAULT '',
    latching       INTEGER NOT NULL,
    active         INTEGER NOT NULL,
    acked          INTEGER NOT NULL,
    occurrence_id  TEXT,
    occurrences    INTEGER NOT NULL DEFAULT 0,
    raised_at      INTEGER,
    cleared_at     INTEGER,
    acked_at       INTEGER,
    acked_by       TEXT,
    ack_comment    TEXT,
    shelved_until  INTEGER,
    shelve_reason  TEXT,
    shelved_by     TEXT,
    suppressed     INTEGER NOT NULL DEFAULT 0,
    out_of_service INTEGER NOT NULL DEFAULT 0,
    chattering     INTEGER NOT NULL DEFAULT 0,
    label          TEXT,
    device_time    TEXT,
    last_event_id  TEXT,
    updated_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX alarm_state_active ON alarm_state (active, acked, priority);
