-- Indexes that years of inspections need: the week's list reads by time, the door map reads a
-- side's newest inspections, and an inspection's review is found by its id.
CREATE INDEX inspection_time ON inspection (created_at);
CREATE INDEX inspection_side ON inspection (target_kind, target_id, created_at);
CREATE INDEX inspection_review_by ON inspection_review (inspection_id, created_at);
