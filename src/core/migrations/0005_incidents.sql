-- Passenger-service incidents. The incident row is what was reported at intake; everything
-- after is an append-only timeline event. The current state is the newest transition.

CREATE TABLE incident (
    id                TEXT PRIMARY KEY,
    device_id         TEXT NOT NULL,
    device_seq        INTEGER NOT NULL,
    created_at        INTEGER NOT NULL,
    created_by        TEXT NOT NULL,
    occurred_at       INTEGER NOT NULL,
    location          TEXT NOT NULL,
    category          TEXT NOT NULL,
    subtype           TEXT NOT NULL DEFAULT '',
    channel           TEXT NOT NULL,
    passenger_name    TEXT NOT NULL DEFAULT '',
    passenger_contact TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL,
    staff_involved    TEXT NOT NULL DEFAULT '',
    immediate_actions TEXT NOT NULL DEFAULT '',
    impact            INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 3),
    urgency           INTEGER NOT NULL CHECK (urgency BETWEEN 1 AND 3),
    priority          INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 5)
) STRICT;
CREATE INDEX incident_time ON incident (occurred_at);

CREATE TABLE incident_event (
    id              TEXT PRIMARY KEY,
    device_id       TEXT NOT NULL,
    device_seq      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    incident_id     TEXT NOT NULL REFERENCES incident (id),
    kind            TEXT NOT NULL CHECK (kind IN ('transition', 'note')),
    from_state      TEXT NOT NULL DEFAULT '',
    to_state        TEXT NOT NULL DEFAULT '',
    text            TEXT NOT NULL DEFAULT '',
    details         TEXT NOT NULL DEFAULT '{}',
    parent_event_id TEXT
) STRICT;
CREATE INDEX incident_event_by ON incident_event (incident_id, created_at);

CREATE TRIGGER incident_no_update BEFORE UPDATE ON incident BEGIN SELECT RAISE(ABORT, 'incident rows are immutable; add a timeline event'); END;
CREATE TRIGGER incident_no_delete BEFORE DELETE ON incident BEGIN SELECT RAISE(ABORT, 'incident rows are immutable; add a timeline event'); END;
CREATE TRIGGER incident_event_no_update BEFORE UPDATE ON incident_event BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;
CREATE TRIGGER incident_event_no_delete BEFORE DELETE ON incident_event BEGIN SELECT RAISE(ABORT, 'the timeline is append-only'); END;

-- Full-text search over descriptions and the timeline. The trigram tokenizer finds Chinese and
-- English substrings of three or more characters; shorter terms are searched with LIKE.
CREATE VIRTUAL TABLE incident_fts USING fts5(incident_id UNINDEXED, text, tokenize = 'trigram');
CREATE TRIGGER incident_fts_add AFTER INSERT ON incident BEGIN
    INSERT INTO incident_fts(incident_id, text) VALUES (NEW.id, NEW.description || ' ' || NEW.immediate_actions);
END;
CREATE TRIGGER incident_event_fts_add AFTER INSERT ON incident_event WHEN NEW.text <> '' BEGIN
    INSERT INTO incident_fts(incident_id, text) VALUES (NEW.incident_id, NEW.text);
END;
