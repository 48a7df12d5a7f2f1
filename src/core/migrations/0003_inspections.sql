-- Patrol inspections. A draft is a local working copy that changes with every answer; it
-- becomes an immutable inspection (with its answers) when it is finalized. Reviews and
-- follow-up events are append-only; a follow-up's status is derived from its events.

CREATE TABLE inspection_draft (
    id               TEXT PRIMARY KEY,
    template_id      TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    target_kind      TEXT NOT NULL,
    target_id        TEXT NOT NULL,
    started_by       TEXT NOT NULL,
    started_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL,
    revision_of      TEXT,
    linked_alarm     TEXT
) STRICT;

CREATE TABLE inspection_draft_answer (
    draft_id     TEXT NOT NULL REFERENCES inspection_draft (id) ON DELETE CASCADE,
    section_id   TEXT NOT NULL,
    asset        TEXT NOT NULL DEFAULT '',
    item_id      TEXT NOT NULL,
    value        TEXT NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    photo_sha256 TEXT NOT NULL DEFAULT '',
    answered_by  TEXT NOT NULL,
    answered_at  INTEGER NOT NULL,
    PRIMARY KEY (draft_id, section_id, asset, item_id)
) STRICT;

CREATE TABLE inspection (
    id               TEXT PRIMARY KEY,
    device_id        TEXT NOT NULL,
    device_seq       INTEGER NOT NULL,
    created_at       INTEGER NOT NULL,
    created_by       TEXT NOT NULL,
    template_id      TEXT NOT NULL,
    template_version INTEGER NOT NULL,
    template_json    TEXT NOT NULL,
    target_kind      TEXT NOT NULL,
    target_id        TEXT NOT NULL,
    started_at       INTEGER NOT NULL,
    revision_of      TEXT REFERENCES inspection (id),
    linked_alarm     TEXT,
    passed           INTEGER NOT NULL,
    failed           INTEGER NOT NULL,
    not_applicable   INTEGER NOT NULL,
    answer_count     INTEGER NOT NULL,
    signature_png    BLOB NOT NULL,
    signature_sha256 TEXT NOT NULL
) STRICT;
CREATE INDEX inspection_target ON inspection (template_id, target_kind, target_id, created_at);

CREATE TABLE inspection_answer (
    inspection_id TEXT NOT NULL REFERENCES inspection (id),
    section_id    TEXT NOT NULL,
    asset         TEXT NOT NULL DEFAULT '',
    item_id       TEXT NOT NULL,
    value         TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT '',
    photo_sha256  TEXT NOT NULL DEFAULT '',
    answered_by   TEXT NOT NULL,
    answered_at   INTEGER NOT NULL,
    PRIMARY KEY (inspection_id, section_id, asset, item_id)
) STRICT;

CREATE TRIGGER inspection_no_update BEFORE UPDATE ON inspection
BEGIN SELECT RAISE(ABORT, 'a finalized inspection is immutable; correct it with a revision'); END;
CREATE TRIGGER inspection_no_delete BEFORE DELETE ON inspection
BEGIN SELECT RAISE(ABORT, 'a finalized inspection is immutable; correct it with a revision'); END;
CREATE TRIGGER inspection_answer_no_update BEFORE UPDATE ON inspection_answer
BEGIN SELECT RAISE(ABORT, 'a finalized inspection is immutable; correct it with a revision'); END;
CREATE TRIGGER inspection_answer_no_delete BEFORE DELETE ON inspection_answer
BEGIN SELECT RAISE(ABORT, 'a finalized inspection is immutable; correct it with a revision'); END;
-- An inspection declares how many answers it has; none can be added afterwards.
CREATE TRIGGER inspection_answer_no_late_insert BEFORE INSERT ON inspection_answer
WHEN (SELECT COUNT(*) FROM inspection_answer WHERE inspection_id = NEW.inspection_id)
     >= (SELECT answer_count FROM inspection WHERE id = NEW.inspection_id)
BEGIN SELECT RAISE(ABORT, 'a finalized inspection takes no more answers'); END;

CREATE TABLE inspection_review (
    id            TEXT PRIMARY KEY,
    device_id     TEXT NOT NULL,
    device_seq    INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    created_by    TEXT NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection (id),
    decision      TEXT NOT NULL CHECK (decision IN ('approved', 'sent_back')),
    comment       TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TRIGGER inspection_review_no_update BEFORE UPDATE ON inspection_review
BEGIN SELECT RAISE(ABORT, 'inspection_review rows are immutable'); END;
CREATE TRIGGER inspection_review_no_delete BEFORE DELETE ON inspection_review
BEGIN SELECT RAISE(ABORT, 'inspection_review rows are immutable'); END;

CREATE TABLE follow_up (
    id          TEXT PRIMARY KEY,
    device_id   TEXT NOT NULL,
    device_seq  INTEGER NOT NULL,
    created_at  INTEGER NOT NULL,
    created_by  TEXT NOT NULL,
    asset_kind  TEXT NOT NULL,
    asset_id    TEXT NOT NULL,
    asset_label TEXT NOT NULL,
    problem     TEXT NOT NULL,
    priority    INTEGER NOT NULL CHECK (priority BETWEEN 1 AND 4),
    due_at      INTEGER NOT NULL,
    source_kind TEXT NOT NULL,
    source_id   TEXT NOT NULL,
    item_id     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX follow_up_asset ON follow_up (asset_kind, asset_id);
CREATE TRIGGER follow_up_no_update BEFORE UPDATE ON follow_up
BEGIN SELECT RAISE(ABORT, 'follow_up rows are immutable; add a follow_up_event'); END;
CREATE TRIGGER follow_up_no_delete BEFORE DELETE ON follow_up
BEGIN SELECT RAISE(ABORT, 'follow_up rows are immutable; add a follow_up_event'); END;

CREATE TABLE follow_up_event (
    id              TEXT PRIMARY KEY,
    device_id       TEXT NOT NULL,
    device_seq      INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    created_by      TEXT NOT NULL,
    follow_up_id    TEXT NOT NULL REFERENCES follow_up (id),
    kind            TEXT NOT NULL CHECK (kind IN ('note', 'closed', 'reopened')),
    note            TEXT NOT NULL,
    parent_event_id TEXT
) STRICT;
CREATE INDEX follow_up_event_by ON follow_up_event (follow_up_id, created_at);
CREATE TRIGGER follow_up_event_no_update BEFORE UPDATE ON follow_up_event
BEGIN SELECT RAISE(ABORT, 'follow_up_event rows are immutable'); END;
CREATE TRIGGER follow_up_event_no_delete BEFORE DELETE ON follow_up_event
BEGIN SELECT RAISE(ABORT, 'follow_up_event rows are immutable'); END;

-- Open follow-ups: no 'closed' event after the last 'reopened' one.
CREATE VIEW follow_up_status AS
SELECT f.*,
       COALESCE((SELECT e.kind FROM follow_up_event e
                 WHERE e.follow_up_id = f.id AND e.kind IN ('closed', 'reopened')
                 ORDER BY e.created_at DESC, e.device_seq DESC LIMIT 1), 'open') AS status
FROM follow_up f;

CREATE TABLE photo (
    sha256     TEXT PRIMARY KEY,
    file       TEXT NOT NULL,
    bytes      INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT NOT NULL
) STRICT;
