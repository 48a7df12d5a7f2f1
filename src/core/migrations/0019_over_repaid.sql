-- Repayments beyond what is owed are flagged (SYNC.md, rule 4). One tablet refuses a repayment
-- larger than what the seller owes, but two supervisors on two tablets offline can each take the
-- same ¥1.00: merged, the seller has repaid more than was owed. Both repayments stand (the money
-- changed hands); the one that took the balance below zero is listed beside the repayment before
-- it, as a pair for a supervisor (reason over_repaid). sync_conflict's list of reasons is a CHECK,
-- so the table is made again with the new one; decisions come along.
-- Runs again cleanly on a file put back at an older schema number.
DROP TABLE IF EXISTS sync_decision_next;
DROP TABLE IF EXISTS sync_conflict_next;
CREATE TABLE sync_conflict_next (
    id             INTEGER PRIMARY KEY,
    found_at       INTEGER NOT NULL,
    kind           TEXT NOT NULL,
    record_id      TEXT NOT NULL,
    reason         TEXT NOT NULL CHECK (reason IN ('other_body', 'device_seq_reused', 'same_parent', 'same_booth',
                                                   'same_seller', 'second_signoff', 'second_close',
                                                   'over_repaid')),
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
-- Ledgers merged before this upgrade are read once more by the app when it next opens the file.
INSERT OR REPLACE INTO meta (key, value) VALUES ('refold', '19');
