-- Shift handover. A handover is a record: what was open across the four jobs when the outgoing
-- person handed over (a snapshot, so later changes never rewrite what was said), their notes,
-- and the incoming person's acknowledgement. Notes carry forward until a later handover clears
-- them. Notes typed before handing over are a working row (a draft) so they survive a restart.

CREATE TABLE handover (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    previous_id TEXT REFERENCES handover (id),
    items       TEXT NOT NULL CHECK (json_valid(items))
) STRICT;
CREATE INDEX handover_time ON handover (created_at);

CREATE TABLE handover_note (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    handover_id TEXT NOT NULL REFERENCES handover (id),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT;
CREATE INDEX handover_note_of ON handover_note (handover_id);

-- A note stops carrying forward when the handover that clears it is written.
CREATE TABLE handover_note_clear (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    note_id     TEXT NOT NULL UNIQUE REFERENCES handover_note (id),
    handover_id TEXT NOT NULL REFERENCES handover (id)
) STRICT;

CREATE TABLE handover_ack (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    handover_id TEXT NOT NULL UNIQUE REFERENCES handover (id)
) STRICT;

CREATE TABLE handover_draft_note (
    id          TEXT PRIMARY KEY,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT;

CREATE TRIGGER handover_no_update BEFORE UPDATE ON handover BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_no_delete BEFORE DELETE ON handover BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_note_no_update BEFORE UPDATE ON handover_note BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_note_no_delete BEFORE DELETE ON handover_note BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_note_clear_no_update BEFORE UPDATE ON handover_note_clear BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_note_clear_no_delete BEFORE DELETE ON handover_note_clear BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_ack_no_update BEFORE UPDATE ON handover_ack BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_ack_no_delete BEFORE DELETE ON handover_ack BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
