-- Search, one document per incident: its description and what was done, then the text of every
-- timeline entry, under the incident's own rowid. FTS5 hands matches back newest first
-- (ORDER BY rowid DESC) without reading them all, so a common term such as 票 costs no more
-- than a rare one. Replaces the per-text rows of 0005 and 0006.
DROP TRIGGER incident_fts_add;
DROP TRIGGER incident_event_fts_add;
DROP TABLE incident_fts;
DROP TRIGGER incident_words_add;
DROP TRIGGER incident_event_words_add;
DROP TABLE incident_words;

CREATE VIRTUAL TABLE incident_fts USING fts5(text, tokenize = 'trigram');
CREATE VIRTUAL TABLE incident_words USING fts5(text, tokenize = 'unicode61');

CREATE TRIGGER incident_search_add AFTER INSERT ON incident BEGIN
    INSERT INTO incident_fts (rowid, text) VALUES (NEW.rowid, NEW.description || ' ' || NEW.immediate_actions);
    INSERT INTO incident_words (rowid, text) VALUES (NEW.rowid, so_split_cjk(NEW.description || ' ' || NEW.immediate_actions));
END;
CREATE TRIGGER incident_event_search_add AFTER INSERT ON incident_event WHEN NEW.text <> '' BEGIN
    UPDATE incident_fts SET text = text || ' ' || NEW.text
    WHERE rowid = (SELECT rowid FROM incident WHERE id = NEW.incident_id);
    UPDATE incident_words SET text = text || ' ' || so_split_cjk(NEW.text)
    WHERE rowid = (SELECT rowid FROM incident WHERE id = NEW.incident_id);
END;

INSERT INTO incident_fts (rowid, text)
SELECT i.rowid, i.description || ' ' || i.immediate_actions ||
       coalesce((SELECT ' ' || group_concat(t, ' ') FROM (SELECT e.text AS t FROM incident_event e
                 WHERE e.incident_id = i.id AND e.text <> '' ORDER BY e.created_at, e.device_seq)), '')
FROM incident i;
INSERT INTO incident_words (rowid, text) SELECT rowid, so_split_cjk(text) FROM incident_fts;
