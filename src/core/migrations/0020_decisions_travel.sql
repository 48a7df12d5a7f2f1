-- A decision on a pair of records travels (SYNC.md, rule 4: conflicts are kept and shown). Until
-- now a supervisor's decision stayed on the tablet where it was made, and every other tablet
-- still listed the pair as open. A pair is the same on every device (the two records' ids, the
-- smaller first, and the rule), so its decision is a record like any other: conflict_decision.
-- sync_decision stays the list's local cache: for a pair, the first decision (by time, then id)
-- of those held; for a record that arrived with another body ("this tablet's version" against
-- "the arrived one", which differs from tablet to tablet) a local row as before.
-- Runs again cleanly on a file put back at an older schema number.
CREATE TABLE IF NOT EXISTS conflict_decision (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    first_id    TEXT NOT NULL,
    second_id   TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('held_right', 'arrived_right')),
    note        TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS conflict_decision_pair ON conflict_decision (first_id, second_id, reason);
CREATE INDEX IF NOT EXISTS conflict_decision_device_seq ON conflict_decision (device_id, device_seq);
CREATE TRIGGER IF NOT EXISTS conflict_decision_no_update BEFORE UPDATE ON conflict_decision
BEGIN SELECT RAISE(ABORT, 'conflict_decision rows are immutable'); END;
CREATE TRIGGER IF NOT EXISTS conflict_decision_no_delete BEFORE DELETE ON conflict_decision
BEGIN SELECT RAISE(ABORT, 'conflict_decision rows are immutable'); END;
CREATE TRIGGER IF NOT EXISTS conflict_decision_arrival AFTER INSERT ON conflict_decision BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('conflict_decision', NEW.id);
END;
