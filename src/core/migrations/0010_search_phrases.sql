-- Search phrases stop where the text breaks: a term matches only characters that stand together
-- in one field. Fields are joined with char(57344) (U+E000, kSearchBreak), which no term carries;
-- so_split_cjk turns punctuation, and whitespace next to a Chinese character, into that same
-- break word. Both indexes are rebuilt from the records.
DROP TRIGGER incident_search_add;
DROP TRIGGER incident_event_search_add;

CREATE TRIGGER incident_search_add AFTER INSERT ON incident BEGIN
    INSERT INTO incident_fts (rowid, text) VALUES (NEW.rowid, NEW.description || char(57344) || NEW.immediate_actions);
    INSERT INTO incident_words (rowid, text)
    VALUES (NEW.rowid, so_split_cjk(NEW.description || char(57344) || NEW.immediate_actions));
END;
CREATE TRIGGER incident_event_search_add AFTER INSERT ON incident_event WHEN NEW.text <> '' BEGIN
    UPDATE incident_fts SET text = text || char(57344) || NEW.text
    WHERE rowid = (SELECT rowid FROM incident WHERE id = NEW.incident_id);
    UPDATE incident_words SET text = text || ' ' || char(57344) || ' ' || so_split_cjk(NEW.text)
    WHERE rowid = (SELECT rowid FROM incident WHERE id = NEW.incident_id);
END;

DELETE FROM incident_fts;
DELETE FROM incident_words;
INSERT INTO incident_fts (rowid, text)
SELECT i.rowid, i.description || char(57344) || i.immediate_actions ||
       coalesce((SELECT char(57344) || group_concat(t, char(57344)) FROM (SELECT e.text AS t FROM incident_event e
                 WHERE e.incident_id = i.id AND e.text <> '' ORDER BY e.created_at, e.device_seq)), '')
FROM incident i;
INSERT INTO incident_words (rowid, text) SELECT rowid, so_split_cjk(text) FROM incident_fts;
