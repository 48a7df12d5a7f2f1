-- Alarms travel from the device that hosts the serial links to every tablet (SYNC.md, "Alarms
-- across devices"). The host's engine is the one writer of alarm state:
--  * each alarm_event carries the alarm's state after it (`state`, JSON with alarm_state's
--    columns), so a tablet folds alarm_state from the events alone, without the profiles'
--    rules: the state of an alarm is the state of its last event in this file's order (the
--    server's order for what came from the server; the host's own order on the host);
--    A follower leaves its own events out of the fold: history from before it followed, kept
--    on it and no longer sent (meta alarm_role);
--  * a tablet's acknowledge, shelve or unshelve is an alarm_action record naming the event the
--    person saw; the host checks it again, applies it and writes an alarm_action_outcome in the
--    same transaction as the resulting event;
--  * events written before this migration get the state of the alarm they last changed.
-- Runs again cleanly on a file put back at an older schema number.

ALTER TABLE alarm_event ADD COLUMN state TEXT;
-- The fold's last event of an alarm, found from this index's end (the engine's own times never
-- go back, so on the host this order is its own order).
CREATE INDEX IF NOT EXISTS alarm_event_state_time ON alarm_event (alarm_key, created_at, device_seq) WHERE state IS NOT NULL;
DROP INDEX IF EXISTS alarm_event_state_seq;
CREATE INDEX IF NOT EXISTS alarm_event_device_seq ON alarm_event (device_id, device_seq);

DROP TRIGGER IF EXISTS alarm_event_no_update;
UPDATE alarm_event SET state = (
    SELECT json_object('priority', s.priority, 'text_zh', s.text_zh, 'text_en', s.text_en, 'area', s.area,
                       'latching', s.latching, 'active', s.active, 'acked', s.acked,
                       'occurrence_id', s.occurrence_id, 'occurrences', s.occurrences,
                       'raised_at', s.raised_at, 'cleared_at', s.cleared_at, 'acked_at', s.acked_at,
                       'acked_by', s.acked_by, 'ack_comment', s.ack_comment, 'shelved_until', s.shelved_until,
                       'shelve_reason', s.shelve_reason, 'shelved_by', s.shelved_by, 'suppressed', s.suppressed,
                       'out_of_service', s.out_of_service, 'chattering', s.chattering, 'label', s.label,
                       'device_time', s.device_time, 'updated_at', s.updated_at)
    FROM alarm_state s WHERE s.last_event_id = alarm_event.id)
WHERE state IS NULL AND id IN (SELECT last_event_id FROM alarm_state WHERE last_event_id IS NOT NULL);
CREATE TRIGGER alarm_event_no_update BEFORE UPDATE ON alarm_event
BEGIN SELECT RAISE(ABORT, 'alarm_event rows are immutable'); END;

-- The fold (AlarmActions.cpp, foldSql) reads these with the two indexes above; a view of
-- 0018's first draft is dropped.
DROP VIEW IF EXISTS alarm_state_fold;

CREATE TABLE IF NOT EXISTS alarm_action (
    id            TEXT PRIMARY KEY,
    device_id     TEXT NOT NULL,
    device_seq    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    alarm_key     TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('ack', 'shelve', 'unshelve')),
    seen_event_id TEXT,    -- the alarm's last event as the person saw it
    reason        TEXT,    -- shelve
    minutes       INTEGER, -- shelve
    comment       TEXT     -- acknowledge
) STRICT;
CREATE INDEX IF NOT EXISTS alarm_action_device_seq ON alarm_action (device_id, device_seq);
CREATE TRIGGER IF NOT EXISTS alarm_action_no_update BEFORE UPDATE ON alarm_action
BEGIN SELECT RAISE(ABORT, 'alarm_action rows are immutable'); END;
CREATE TRIGGER IF NOT EXISTS alarm_action_no_delete BEFORE DELETE ON alarm_action
BEGIN SELECT RAISE(ABORT, 'alarm_action rows are immutable'); END;

CREATE TABLE IF NOT EXISTS alarm_action_outcome (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    action_id   TEXT NOT NULL,
    applied     INTEGER NOT NULL CHECK (applied IN (0, 1)),
    -- applied, moved_on (a newer occurrence), nothing_to_do (already so), not_permitted,
    -- no_such_alarm, invalid
    reason      TEXT NOT NULL,
    event_id    TEXT          -- the event that applied it
) STRICT;
CREATE INDEX IF NOT EXISTS alarm_action_outcome_action ON alarm_action_outcome (action_id);
CREATE INDEX IF NOT EXISTS alarm_action_outcome_device_seq ON alarm_action_outcome (device_id, device_seq);
CREATE TRIGGER IF NOT EXISTS alarm_action_outcome_no_update BEFORE UPDATE ON alarm_action_outcome
BEGIN SELECT RAISE(ABORT, 'alarm_action_outcome rows are immutable'); END;
CREATE TRIGGER IF NOT EXISTS alarm_action_outcome_no_delete BEFORE DELETE ON alarm_action_outcome
BEGIN SELECT RAISE(ABORT, 'alarm_action_outcome rows are immutable'); END;

-- No arrival trigger on alarm_event: any trigger on it makes each insert of a flood about three
-- times dearer. The engine notes its batches itself, and ingest notes what it takes in.
DROP TRIGGER IF EXISTS alarm_event_arrival;
CREATE TRIGGER IF NOT EXISTS alarm_action_arrival AFTER INSERT ON alarm_action BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('alarm_action', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS alarm_action_outcome_arrival AFTER INSERT ON alarm_action_outcome BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('alarm_action_outcome', NEW.id);
END;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'alarm_event', id FROM alarm_event ORDER BY rowid;
