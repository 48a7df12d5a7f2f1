-- Inspections, their reviews, follow-ups and handovers travel between a station's devices
-- (SYNC.md). Each must merge:
--  * a follow-up's status is a fold of its timeline (parent_event_id links), kept in
--    follow_up_current by C++ and checked by `verify`, no longer the latest entry by device clock;
--  * a handover can be acknowledged, and a note cleared, on two tablets at once: both records are
--    kept and the first (by time, then id) counts, so the UNIQUE that refused the second goes;
--  * every new kind notes its arrivals in sync_arrival.
-- Runs again cleanly on a file put back at an older schema number (IF NOT EXISTS, OR IGNORE).

CREATE TABLE IF NOT EXISTS follow_up_current (
    follow_up_id TEXT PRIMARY KEY REFERENCES follow_up (id),
    status       TEXT NOT NULL CHECK (status IN ('open', 'closed', 'reopened')),
    changed_at   INTEGER NOT NULL,
    head_id      TEXT NOT NULL -- the last entry that counted: the next entry's parent
) STRICT;
-- Existing timelines were written on one device, each entry after the one before it: their
-- latest entry is their fold.
INSERT OR IGNORE INTO follow_up_current (follow_up_id, status, changed_at, head_id)
SELECT f.id,
       COALESCE((SELECT e.kind FROM follow_up_event e WHERE e.follow_up_id = f.id AND e.kind IN ('closed', 'reopened')
                 ORDER BY e.created_at DESC, e.device_seq DESC LIMIT 1), 'open'),
       COALESCE((SELECT e.created_at FROM follow_up_event e WHERE e.follow_up_id = f.id AND e.kind IN ('closed', 'reopened')
                 ORDER BY e.created_at DESC, e.device_seq DESC LIMIT 1), f.created_at),
       (SELECT e.id FROM follow_up_event e WHERE e.follow_up_id = f.id ORDER BY e.created_at DESC, e.device_seq DESC LIMIT 1)
FROM follow_up f WHERE EXISTS (SELECT 1 FROM follow_up_event e WHERE e.follow_up_id = f.id);

DROP VIEW IF EXISTS follow_up_status;
CREATE VIEW follow_up_status AS
SELECT f.*, COALESCE(c.status, 'open') AS status
FROM follow_up f LEFT JOIN follow_up_current c ON c.follow_up_id = f.id;

CREATE TABLE handover_ack_merged (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    handover_id TEXT NOT NULL REFERENCES handover (id)
) STRICT;
INSERT INTO handover_ack_merged SELECT id, device_id, device_seq, created_at, created_by, handover_id FROM handover_ack;
DROP TABLE handover_ack;
ALTER TABLE handover_ack_merged RENAME TO handover_ack;
CREATE INDEX handover_ack_of ON handover_ack (handover_id, created_at, id);
CREATE TRIGGER handover_ack_no_update BEFORE UPDATE ON handover_ack BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_ack_no_delete BEFORE DELETE ON handover_ack BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;

CREATE TABLE handover_note_clear_merged (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    note_id     TEXT NOT NULL REFERENCES handover_note (id),
    handover_id TEXT NOT NULL REFERENCES handover (id)
) STRICT;
INSERT INTO handover_note_clear_merged SELECT id, device_id, device_seq, created_at, created_by, note_id, handover_id
FROM handover_note_clear;
DROP TABLE handover_note_clear;
ALTER TABLE handover_note_clear_merged RENAME TO handover_note_clear;
CREATE INDEX handover_note_clear_of ON handover_note_clear (note_id, created_at, id);
CREATE TRIGGER handover_note_clear_no_update BEFORE UPDATE ON handover_note_clear BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;
CREATE TRIGGER handover_note_clear_no_delete BEFORE DELETE ON handover_note_clear BEGIN SELECT RAISE(ABORT, 'handover records are immutable'); END;

CREATE INDEX IF NOT EXISTS handover_previous ON handover (previous_id);
CREATE INDEX IF NOT EXISTS inspection_device_seq ON inspection (device_id, device_seq);
CREATE INDEX IF NOT EXISTS inspection_review_device_seq ON inspection_review (device_id, device_seq);
CREATE INDEX IF NOT EXISTS inspection_review_of ON inspection_review (inspection_id, created_at, id);
CREATE INDEX IF NOT EXISTS follow_up_device_seq ON follow_up (device_id, device_seq);
CREATE INDEX IF NOT EXISTS follow_up_event_device_seq ON follow_up_event (device_id, device_seq);
CREATE INDEX IF NOT EXISTS follow_up_event_parent ON follow_up_event (parent_event_id);
CREATE INDEX IF NOT EXISTS handover_device_seq ON handover (device_id, device_seq);
CREATE INDEX IF NOT EXISTS handover_note_device_seq ON handover_note (device_id, device_seq);
CREATE INDEX IF NOT EXISTS handover_note_clear_device_seq ON handover_note_clear (device_id, device_seq);
CREATE INDEX IF NOT EXISTS handover_ack_device_seq ON handover_ack (device_id, device_seq);

CREATE TRIGGER IF NOT EXISTS inspection_arrival AFTER INSERT ON inspection BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('inspection', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS inspection_review_arrival AFTER INSERT ON inspection_review BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('inspection_review', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS follow_up_arrival AFTER INSERT ON follow_up BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('follow_up', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS follow_up_event_arrival AFTER INSERT ON follow_up_event BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('follow_up_event', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS handover_arrival AFTER INSERT ON handover BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('handover', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS handover_note_arrival AFTER INSERT ON handover_note BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('handover_note', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS handover_note_clear_arrival AFTER INSERT ON handover_note_clear BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('handover_note_clear', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS handover_ack_arrival AFTER INSERT ON handover_ack BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('handover_ack', NEW.id);
END;

INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'inspection', id FROM inspection ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'inspection_review', id FROM inspection_review ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'follow_up', id FROM follow_up ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'follow_up_event', id FROM follow_up_event ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'handover', id FROM handover ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'handover_note', id FROM handover_note ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'handover_note_clear', id FROM handover_note_clear ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'handover_ack', id FROM handover_ack ORDER BY rowid;

-- Every fold is redone once by the app when it next opens this file (AppServices::refoldIfAsked):
-- the timelines of incidents and follow-ups are folded by parent links, which SQL above cannot.
INSERT OR REPLACE INTO meta (key, value) VALUES ('refold', '14');
