-- One audit chain per device (SYNC.md, rule 1), so audit rows can travel and every device's
-- chain verifies on every device that holds it.
--  * chain 1: the rows written before this migration, one chain per file, whose hash covers the
--    local seq. They stay on the device that wrote them and are checked there as before.
--  * chain 2: each row names the row before it on the same device (prev_id; NULL for the first),
--    and its hash covers that row's hash, the device, its device number, the row's id and body;
--    never the local seq. prev_id is a foreign key, so a file that would leave a hole in a
--    device's chain is refused until the earlier file is taken in.
-- A restored or copied database gets a new device id and so starts a new chain.
ALTER TABLE audit_event ADD COLUMN chain INTEGER NOT NULL DEFAULT 1 CHECK (chain IN (1, 2));
ALTER TABLE audit_event ADD COLUMN prev_id TEXT REFERENCES audit_event (id);
CREATE INDEX IF NOT EXISTS audit_event_prev ON audit_event (prev_id);

-- Only chain 2 travels: a chain-1 row's hash names a seq that means nothing on another device.
CREATE TRIGGER IF NOT EXISTS audit_event_arrival AFTER INSERT ON audit_event WHEN NEW.chain = 2 BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('audit_event', NEW.id);
END;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'audit_event', id FROM audit_event WHERE chain = 2 ORDER BY seq;
