-- Ticket-office cash. Records are append-only: a shift, its entries, counts, its close and
-- sign-off, and the over/short ledger. booth_open and seller_open are working rows that make
-- "one open shift per booth and per seller" a constraint the database itself enforces.

CREATE TABLE cash_shift (
    id            TEXT PRIMARY KEY,
    device_id     TEXT NOT NULL,
    device_seq    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    booth         TEXT NOT NULL,
    seller        TEXT NOT NULL,
    float_fen     INTEGER NOT NULL CHECK (float_fen >= 0),
    float_counts  TEXT NOT NULL,
    confirmed_by  TEXT NOT NULL
) STRICT;

CREATE TABLE booth_open (booth TEXT PRIMARY KEY, shift_id TEXT NOT NULL REFERENCES cash_shift (id)) STRICT;
CREATE TABLE seller_open (seller TEXT PRIMARY KEY, shift_id TEXT NOT NULL REFERENCES cash_shift (id)) STRICT;

CREATE TABLE cash_entry (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    shift_id    TEXT NOT NULL REFERENCES cash_shift (id),
    kind        TEXT NOT NULL CHECK (kind IN ('sale', 'refund', 'exchange', 'payout', 'drop', 'no_sale', 'void',
                                              'adjustment')),
    payment     TEXT NOT NULL,
    amount_fen  INTEGER NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    corrects_id TEXT REFERENCES cash_entry (id),
    occurred_at INTEGER NOT NULL
) STRICT;
CREATE INDEX cash_entry_shift ON cash_entry (shift_id);

CREATE TABLE cash_close (
    id            TEXT PRIMARY KEY,
    device_id     TEXT NOT NULL,
    device_seq    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    shift_id      TEXT NOT NULL UNIQUE REFERENCES cash_shift (id),
    counts        TEXT NOT NULL,
    counted_fen   INTEGER NOT NULL,
    expected_fen  INTEGER NOT NULL,
    variance_fen  INTEGER NOT NULL
) STRICT;

CREATE TABLE cash_signoff (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    shift_id    TEXT NOT NULL UNIQUE REFERENCES cash_shift (id),
    supervisor  TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('accepted', 'override', 'recount')),
    seller_reason TEXT NOT NULL DEFAULT '',
    recount     TEXT,
    recount_fen INTEGER,
    variance_fen INTEGER NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE cash_ledger (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    seller      TEXT NOT NULL,
    shift_id    TEXT REFERENCES cash_shift (id),
    kind        TEXT NOT NULL CHECK (kind IN ('overage', 'shortage', 'repayment')),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    note        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX cash_ledger_seller ON cash_ledger (seller);

CREATE TRIGGER cash_shift_no_update BEFORE UPDATE ON cash_shift BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_shift_no_delete BEFORE DELETE ON cash_shift BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_entry_no_update BEFORE UPDATE ON cash_entry BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_entry_no_delete BEFORE DELETE ON cash_entry BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_close_no_update BEFORE UPDATE ON cash_close BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_close_no_delete BEFORE DELETE ON cash_close BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_signoff_no_update BEFORE UPDATE ON cash_signoff BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_signoff_no_delete BEFORE DELETE ON cash_signoff BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_ledger_no_update BEFORE UPDATE ON cash_ledger BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
CREATE TRIGGER cash_ledger_no_delete BEFORE DELETE ON cash_ledger BEGIN SELECT RAISE(ABORT, 'cash records are immutable; add an adjustment'); END;
-- Entries stop once the shift is signed off; after that only a supervisor's adjustment.
CREATE TRIGGER cash_entry_after_signoff BEFORE INSERT ON cash_entry
WHEN NEW.kind <> 'adjustment' AND EXISTS (SELECT 1 FROM cash_signoff WHERE shift_id = NEW.shift_id)
BEGIN SELECT RAISE(ABORT, 'the shift is signed off; only an adjustment may follow'); END;
