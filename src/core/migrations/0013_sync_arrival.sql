-- The order records came to this device, made here or taken in: what `sync export --since`
-- counts from. A device number cannot serve: records of another device may arrive late, below
-- a number already passed on, and would then never be passed on again. (IF NOT EXISTS and OR
-- IGNORE: a file put back by hand at an older schema number still migrates.)
CREATE TABLE IF NOT EXISTS sync_arrival (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL UNIQUE
) STRICT;

CREATE TRIGGER IF NOT EXISTS incident_arrival AFTER INSERT ON incident BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('incident', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS incident_event_arrival AFTER INSERT ON incident_event BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('incident_event', NEW.id);
END;
CREATE TRIGGER IF NOT EXISTS links_arrival AFTER INSERT ON links BEGIN
    INSERT INTO sync_arrival (kind, record_id) VALUES ('link', NEW.id);
END;

INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'incident', id FROM incident ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'incident_event', id FROM incident_event ORDER BY rowid;
INSERT OR IGNORE INTO sync_arrival (kind, record_id) SELECT 'link', id FROM links ORDER BY rowid;
