-- A supervisor's correction to a shift is a record of its own, pointing at the shift, and not an
-- entry of the shift: the shift's seal covers what was signed off, and each adjustment carries a
-- seal of its own (in its audit row). Adjustments made after the sign-off move here; the seal
-- taken at sign-off never held them, so every earlier seal reads true again. (An adjustment made
-- before a sign-off was sealed with the shift and stays where it is.)
CREATE TABLE cash_adjustment (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    shift_id    TEXT NOT NULL REFERENCES cash_shift (id),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen <> 0),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0)
) STRICT;
CREATE INDEX cash_adjustment_shift ON cash_adjustment (shift_id);
CREATE TRIGGER cash_adjustment_no_update BEFORE UPDATE ON cash_adjustment
BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_adjustment_no_delete BEFORE DELETE ON cash_adjustment
BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;

INSERT INTO cash_adjustment (id, device_id, device_seq, created_at, created_by, shift_id, amount_fen, reason)
SELECT e.id, e.device_id, e.device_seq, e.created_at, e.created_by, e.shift_id, e.amount_fen, e.reason
FROM cash_entry e JOIN cash_signoff s ON s.shift_id = e.shift_id
WHERE e.kind = 'adjustment'
  -- After the sign-off: by the device's own sequence where one device wrote both (a wall clock
  -- can step back), by time only across devices.
  AND ((e.device_id = s.device_id AND e.device_seq > s.device_seq)
       OR (e.device_id <> s.device_id AND e.created_at > s.created_at))
  -- An adjustment that a void points at stays where the void's foreign key finds it.
  AND NOT EXISTS (SELECT 1 FROM cash_entry v WHERE v.corrects_id = e.id);

DROP TRIGGER cash_entry_no_delete;
DELETE FROM cash_entry WHERE id IN (SELECT id FROM cash_adjustment);
CREATE TRIGGER cash_entry_no_delete BEFORE DELETE ON cash_entry BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;

-- After the sign-off the shift takes no more entries; a correction is a cash_adjustment.
DROP TRIGGER cash_entry_after_signoff;
CREATE TRIGGER cash_entry_after_signoff BEFORE INSERT ON cash_entry
WHEN EXISTS (SELECT 1 FROM cash_signoff WHERE shift_id = NEW.shift_id)
BEGIN SELECT RAISE(ABORT, 'the shift is signed off; a correction is an adjustment of its own'); END;
