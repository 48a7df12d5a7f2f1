-- Indexes over the incident timeline, so that lists, queues and search stay fast on a station
-- with years of cases. Both tables are derived: they hold nothing that the immutable incident
-- and incident_event rows do not, and `stationops verify` checks them against those rows.

-- The current state of each incident, moved on by every transition.
CREATE TABLE incident_current (
    incident_id TEXT PRIMARY KEY REFERENCES incident (id),
    state       TEXT NOT NULL,
    valid       INTEGER NOT NULL DEFAULT 1,
    at_fault    INTEGER NOT NULL DEFAULT 0,
    resolved_at INTEGER NOT NULL DEFAULT 0,
    changed_at  INTEGER NOT NULL
) STRICT;
CREATE INDEX incident_current_state ON incident_current (state);

CREATE TRIGGER incident_current_track AFTER INSERT ON incident_event WHEN NEW.kind = 'transition' BEGIN
    INSERT INTO incident_current (incident_id, state, valid, at_fault, resolved_at, changed_at)
    VALUES (NEW.incident_id, NEW.to_state,
            coalesce(json_extract(NEW.details, '$.valid'), 1),
            coalesce(json_extract(NEW.details, '$.at_fault'), 0),
            CASE WHEN NEW.to_state = 'resolved' THEN NEW.created_at ELSE 0 END,
            NEW.created_at)
    ON CONFLICT (incident_id) DO UPDATE SET
        state = excluded.state,
        valid = coalesce(json_extract(NEW.details, '$.valid'), valid),
        at_fault = coalesce(json_extract(NEW.details, '$.at_fault'), at_fault),
        resolved_at = CASE WHEN excluded.state = 'resolved' THEN excluded.changed_at ELSE resolved_at END,
        changed_at = excluded.changed_at;
END;

INSERT INTO incident_current (incident_id, state, valid, at_fault, resolved_at, changed_at)
SELECT i.id,
       coalesce((SELECT e.to_state FROM incident_event e WHERE e.incident_id = i.id AND e.kind = 'transition'
                 ORDER BY e.created_at DESC, e.device_seq DESC LIMIT 1), 'new'),
       coalesce((SELECT json_extract(e.details, '$.valid') FROM incident_event e
                 WHERE e.incident_id = i.id AND json_extract(e.details, '$.valid') IS NOT NULL
                 ORDER BY e.created_at DESC, e.device_seq DESC LIMIT 1), 1),
       coalesce((SELECT json_extract(e.details, '$.at_fault') FROM incident_event e
                 WHERE e.incident_id = i.id AND json_extract(e.details, '$.at_fault') IS NOT NULL
                 ORDER BY e.created_at DESC, e.device_seq DESC LIMIT 1), 0),
       coalesce((SELECT max(e.created_at) FROM incident_event e WHERE e.incident_id = i.id AND e.to_state = 'resolved'), 0),
       coalesce((SELECT max(e.created_at) FROM incident_event e WHERE e.incident_id = i.id AND e.kind = 'transition'), i.created_at)
FROM incident i;

-- Word search for terms shorter than a trigram: 电梯 and 票 are one and two characters. Every
-- Chinese character is made a token of its own (so_split_cjk, registered by Database), so a
-- short Chinese term is a phrase of adjacent tokens; English words stay whole words.
CREATE VIRTUAL TABLE incident_words USING fts5(incident_id UNINDEXED, text, tokenize = 'unicode61');
CREATE TRIGGER incident_words_add AFTER INSERT ON incident BEGIN
    INSERT INTO incident_words (incident_id, text) VALUES (NEW.id, so_split_cjk(NEW.description || ' ' || NEW.immediate_actions));
END;
CREATE TRIGGER incident_event_words_add AFTER INSERT ON incident_event WHEN NEW.text <> '' BEGIN
    INSERT INTO incident_words (incident_id, text) VALUES (NEW.incident_id, so_split_cjk(NEW.text));
END;
INSERT INTO incident_words (incident_id, text) SELECT id, so_split_cjk(description || ' ' || immediate_actions) FROM incident;
INSERT INTO incident_words (incident_id, text) SELECT incident_id, so_split_cjk(text) FROM incident_event WHERE text <> '';
