-- Cash shifts travel between a station's devices (SYNC.md, rule 4). What one file enforced with a
-- UNIQUE key becomes a rule over records, so that two tablets that worked offline merge:
--  * "one open shift per booth and per seller": booth_open and seller_open were working rows
--    with a primary key; an open shift is now simply one without a close (cash_open_shift), and a
--    shift opened while another on the same booth or for the same seller was still open is listed
--    as a conflict (same_booth, same_seller) beside the records, never deleted;
--  * one close and one sign-off per shift: both are kept, the first by (time, id) counts
--    (cash_close_counted, cash_signoff_counted) and the second is listed (second_close,
--    second_signoff);
--  * the over/short ledger names the sign-off it came from, so a shift signed off on two tablets
--    is owed once: only the counted sign-off's row counts (cash_ledger_counted);
--  * an entry that arrives after the shift's sign-off (made on a second tablet) is taken in: the
--    trigger that stops entries after a sign-off guards what is made here, not what arrives;
--  * every cash table notes its arrivals in sync_arrival.
-- Runs again cleanly on a file put back at an older schema number.

DROP VIEW IF EXISTS cash_open_shift;
DROP VIEW IF EXISTS cash_close_counted;
DROP VIEW IF EXISTS cash_signoff_counted;
DROP VIEW IF EXISTS cash_ledger_counted;
DROP TABLE IF EXISTS booth_open;
DROP TABLE IF EXISTS seller_open;
-- Names cash_signoff; dropped while that table is rebuilt, made again below.
DROP TRIGGER IF EXISTS cash_entry_after_signoff;

CREATE TABLE cash_close_merged (
    id            TEXT PRIMARY KEY,
    device_id     TEXT NOT NULL,
    device_seq    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    shift_id      TEXT NOT NULL REFERENCES cash_shift (id),
    counts        TEXT NOT NULL,
    counted_fen   INTEGER NOT NULL,
    expected_fen  INTEGER NOT NULL,
    variance_fen  INTEGER NOT NULL
) STRICT;
INSERT INTO cash_close_merged SELECT id, device_id, device_seq, created_at, created_by, shift_id, counts, counted_fen,
                                     expected_fen, variance_fen FROM cash_close;
DROP TABLE cash_close;
ALTER TABLE cash_close_merged RENAME TO cash_close;
CREATE INDEX cash_close_of ON cash_close (shift_id, created_at, id);
CREATE INDEX cash_close_device_seq ON cash_close (device_id, device_seq);
CREATE TRIGGER cash_close_no_update BEFORE UPDATE ON cash_close BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_close_no_delete BEFORE DELETE ON cash_close BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;

CREATE TABLE cash_signoff_merged (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    shift_id    TEXT NOT NULL REFERENCES cash_shift (id),
    supervisor  TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('accepted', 'override', 'recount')),
    seller_reason TEXT NOT NULL DEFAULT '',
    recount     TEXT,
    recount_fen INTEGER,
    variance_fen INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO cash_signoff_merged SELECT id, device_id, device_seq, created_at, created_by, shift_id, supervisor, decision,
                                       seller_reason, recount, recount_fen, variance_fen, note FROM cash_signoff;
DROP TABLE cash_signoff;
ALTER TABLE cash_signoff_merged RENAME TO cash_signoff;
CREATE INDEX cash_signoff_of ON cash_signoff (shift_id, created_at, id);
CREATE INDEX cash_signoff_device_seq ON cash_signoff (device_id, device_seq);
CREATE TRIGGER cash_signoff_no_update BEFORE UPDATE ON cash_signoff BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_signoff_no_delete BEFORE DELETE ON cash_signoff BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;

-- Made here, no entry follows a sign-off; taken in from another tablet, it is kept as it was made.
CREATE TRIGGER cash_entry_after_signoff BEFORE INSERT ON cash_entry
WHEN NOT so_bulk_load() AND EXISTS (SELECT 1 FROM cash_signoff WHERE shift_id = NEW.shift_id)
BEGIN SELECT RAISE(ABORT, 'the shift is signed off; a correction is an adjustment of its own'); END;

-- The sign-off an overage or shortage came from; a repayment names none.
ALTER TABLE cash_ledger ADD COLUMN signoff_id TEXT;
DROP TRIGGER cash_ledger_no_update;
UPDATE cash_ledger SET signoff_id = (SELECT o.id FROM cash_signoff o WHERE o.shift_id = cash_ledger.shift_id
                                     ORDER BY o.created_at, o.id LIMIT 1)
WHERE signoff_id IS NULL AND kind IN ('overage', 'shortage');
CREATE TRIGGER cash_ledger_no_update BEFORE UPDATE ON cash_ledger BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;

CREATE INDEX IF NOT EXISTS cash_shift_booth ON cash_shift (booth, created_at);
CREATE INDEX IF NOT EXISTS cash_shift_seller ON cash_shift (seller, created_at);
CREATE INDEX IF NOT EXISTS cash_shift_device_seq ON cash_shift (device_id, device_seq);
CREATE INDEX IF NOT EXISTS cash_entry_device_seq ON cash_entry (device_id, device_seq);
CREATE INDEX IF NOT EXISTS cash_ledger_device_seq ON cash_ledger (device_id, device_seq);
CREATE INDEX IF NOT EXISTS cash_adjustment_device_seq ON cash_adjustment (device_id, device_seq);

CREATE VIEW cash_open_shift AS
SELECT s.* FROM cash_shift s WHERE NOT EXISTS (SELECT 1 FROM cash_close c WHERE c.shift_id = s.id);
CREATE VIEW cash_close_counted AS
SELECT c.* FROM cash_close c
WHERE c.id = (SELECT f.id FROM cash_close f WHERE f.shift_id = c.shift_id ORDER BY f.created_at, f.id LIMIT 1);
CREATE VIEW cash_signoff_counted AS
SELECT o.* FROM cash_signoff o
WHERE o.id = (SELECT f.id FROM cash_signoff f WHERE f.shift_id = o.shift_id ORDER BY f.created_at, f.id LIMIT 1);
CREATE VIEW cash_ledger_counted AS
SELECT l.* FROM cash_ledger l
WHERE l.signoff_id IS NULL OR l.signoff_id IN (SELECT id FROM cash_signoff_counted);

CREATE TRIGGER IF NOT EXISTS cash_shift_arrival AFTER INSERT ON cash_shift BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('cash_shift', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS cash_entry_arrival AFTER INSERT ON cash_entry BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('cash_entry', NEW.id);
END;
CREATE TRIGGER cash_close_arrival AFTER INSERT ON cash_close BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('cash_close', NEW.id);
END;
CREATE TRIGGER cash_signoff_arrival AFTER INSERT ON cash_signoff BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('cash_signoff', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS cash_ledger_arrival AFTER INSERT ON cash_ledger BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('cash_ledger', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS cash_adjustment_arrival AFTER INSERT ON cash_adjustment BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('cash_adjustment', NEW.id);
END;

-- What this file holds already travels too, in the order it was made.
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'cash_shift', id FROM cash_shift ORDER BY device_seq;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'cash_entry', id FROM cash_entry ORDER BY device_seq;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'cash_close', id FROM cash_close ORDER BY device_seq;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'cash_signoff', id FROM cash_signoff ORDER BY device_seq;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'cash_ledger', id FROM cash_ledger ORDER BY device_seq;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'cash_adjustment', id FROM cash_adjustment ORDER BY device_seq;

-- A pair a rule allows only one of is listed once per rule: the rule's name goes into the key
-- (two shifts of one seller on one booth are both same_booth and same_seller).
UPDATE sync_conflict SET arrived_sha256 = reason WHERE other_id <> '' AND arrived_sha256 = '';

-- Shifts from before the upgrade are read by the new rules once, as a tablet receiving them
-- would read them (AppServices::refoldIfAsked).
INSERT OR REPLACE INTO meta (key, value) VALUES ('refold', '17');
