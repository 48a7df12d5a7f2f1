-- Line roles (SYNC.md, Rights: "line roles see the whole line"). A line-wide device (a line
-- control centre's reader, a line report) belongs to no station: it pulls every station's
-- records and photos in server order, listens on one channel for them all, and pushes nothing.
-- `stationops server add-device --line --name NAME` makes one; a station device is as before.
ALTER TABLE stationops.device ALTER COLUMN station DROP NOT NULL;
ALTER TABLE stationops.device ADD COLUMN line_wide boolean NOT NULL DEFAULT false;
ALTER TABLE stationops.device ADD CONSTRAINT device_station_or_line CHECK (line_wide = (station IS NULL));

CREATE FUNCTION stationops.caller_line_wide() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
    SELECT coalesce((SELECT d.line_wide FROM stationops.device d WHERE d.role = session_user AND d.enabled), false)
$$;
ALTER FUNCTION stationops.caller_line_wide() OWNER TO stationops_owner;
REVOKE ALL ON FUNCTION stationops.caller_line_wide() FROM PUBLIC;

DROP POLICY by_station ON stationops.record;
DROP POLICY by_station ON stationops.conflict;
CREATE POLICY by_station ON stationops.record
    USING (station = (SELECT stationops.caller_station()) OR (SELECT stationops.caller_line_wide())
           OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user))
    WITH CHECK (station = (SELECT stationops.caller_station())
                OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user));
CREATE POLICY by_station ON stationops.conflict
    USING (station = (SELECT stationops.caller_station()) OR (SELECT stationops.caller_line_wide())
           OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user))
    WITH CHECK (station = (SELECT stationops.caller_station())
                OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user));

-- As in schema 1, with the line.
CREATE OR REPLACE FUNCTION stationops.notify_station() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    s record;
BEGIN
    FOR s IN SELECT n.station, max(n.seq) AS seq FROM arrived n GROUP BY n.station LOOP
        PERFORM pg_notify('stationops_' || lower(s.station), s.seq::text);
    END LOOP;
    -- Line-wide readers listen on one channel for every station (no station is called "line").
    IF EXISTS (SELECT 1 FROM arrived) THEN
        PERFORM pg_notify('stationops_line', (SELECT max(n.seq) FROM arrived n)::text);
    END IF;
    RETURN NULL;
END $$;

-- As in schema 1, with the line.
CREATE OR REPLACE FUNCTION stationops.sync_push(p_batch jsonb) RETURNS TABLE (id text, status text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
BEGIN
    IF d.line_wide THEN
        RAISE EXCEPTION 'device % reads the whole line; it pushes nothing (a station''s device does)', d.name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_batch ->> 'station' IS DISTINCT FROM d.station THEN
        RAISE EXCEPTION 'the batch is for station %, this device belongs to %', p_batch ->> 'station', d.station
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF d.enrolled_at IS NULL THEN
        RAISE EXCEPTION 'device % has not enrolled yet', d.name USING ERRCODE = 'insufficient_privilege';
    END IF;
    -- One push at a time per device: two at once would take each other's numbers as replays.
    PERFORM pg_advisory_xact_lock(hashtext('stationops push ' || d.role));
    -- Only this device's own records, each with its fields.
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(p_batch -> 'records', '[]'::jsonb)) r
               WHERE r ->> 'device' IS DISTINCT FROM d.device_id OR jsonb_typeof(r -> 'device_seq') IS DISTINCT FROM 'number'
                  OR coalesce(r ->> 'id', '') = '' OR coalesce(r ->> 'kind', '') = '' OR coalesce(r ->> 'sha256', '') !~ '^[0-9a-f]{64}$'
                  OR jsonb_typeof(r -> 'body') IS DISTINCT FROM 'object') THEN
        RAISE EXCEPTION 'the batch holds a record that is not device %''s own, or lacks its fields', d.device_id
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(p_batch -> 'blobs', '[]'::jsonb)) b
               WHERE encode(sha256(decode(b ->> 'base64', 'base64')), 'hex') IS DISTINCT FROM b ->> 'sha256') THEN
        RAISE EXCEPTION 'a photo in the batch does not match its SHA-256' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO stationops.blob (sha256, suffix, bytes)
    SELECT b ->> 'sha256', coalesce(b ->> 'suffix', ''), decode(b ->> 'base64', 'base64')
    FROM jsonb_array_elements(coalesce(p_batch -> 'blobs', '[]'::jsonb)) b
    ON CONFLICT DO NOTHING;
    -- A number of this device held under another record: the whole batch is refused, so no
    -- later number goes past it unseen.
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(coalesce(p_batch -> 'records', '[]'::jsonb)) r
               JOIN stationops.record h ON h.device = r ->> 'device' AND h.device_seq = (r ->> 'device_seq')::bigint
                                       AND h.id <> r ->> 'id') THEN
        RAISE EXCEPTION 'device %''s numbers are held here under other records: its database is a copy of another device''s '
                        '(a restore makes a new device id; enrol it again)', d.device_id USING ERRCODE = 'unique_violation';
    END IF;
    INSERT INTO stationops.station_blob (station, sha256)
    SELECT d.station, b ->> 'sha256' FROM jsonb_array_elements(coalesce(p_batch -> 'blobs', '[]'::jsonb)) b
    ON CONFLICT DO NOTHING;
    RETURN QUERY
    WITH pushed AS (
        SELECT DISTINCT ON (r ->> 'id') r ->> 'id' AS id, r ->> 'device' AS device, (r ->> 'device_seq')::bigint AS device_seq,
               r ->> 'kind' AS kind, r ->> 'sha256' AS sha256, r AS doc
        FROM jsonb_array_elements(coalesce(p_batch -> 'records', '[]'::jsonb)) r
        ORDER BY r ->> 'id'
    ), ins AS (
        INSERT INTO stationops.record AS t (station, device, device_seq, kind, id, sha256, doc, pushed_by)
        SELECT d.station, p.device, p.device_seq, p.kind, p.id, p.sha256, p.doc, session_user FROM pushed p
        ORDER BY p.device, p.device_seq
        ON CONFLICT DO NOTHING
        RETURNING t.id
    ), kept AS (
        INSERT INTO stationops.conflict AS c (record_id, station, arrived_sha256, arrived, pushed_by)
        SELECT p.id, d.station, p.sha256, p.doc, session_user FROM pushed p
        JOIN stationops.record h ON h.station = d.station AND h.id = p.id AND h.sha256 <> p.sha256
        ON CONFLICT DO NOTHING
        RETURNING c.record_id
    )
    -- (The statement's own inserts are not visible to its EXISTS: what was held before it.)
    SELECT p.id,
           CASE WHEN p.id IN (SELECT i.id FROM ins i) THEN 'inserted'
                WHEN EXISTS (SELECT 1 FROM stationops.record h WHERE h.station = d.station AND h.id = p.id AND h.sha256 = p.sha256) THEN 'duplicate'
                WHEN EXISTS (SELECT 1 FROM stationops.record h WHERE h.station = d.station AND h.id = p.id) THEN 'conflict'
                ELSE 'refused' END
    FROM pushed p
    ORDER BY p.device, p.device_seq;
    UPDATE stationops.device SET last_seen = now() WHERE role = d.role;
END $$;

-- As in schema 1, with the line.
CREATE OR REPLACE FUNCTION stationops.sync_pull(p_after_tx text, p_after_seq bigint, p_max integer)
RETURNS TABLE (tx text, seq bigint, doc jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
BEGIN
    IF d.line_wide THEN
        -- Each station's own pull index, merged: no index over the whole line in server order,
        -- which every push of every station would have to write to.
        RETURN QUERY
        SELECT p.tx::text, p.seq, p.doc FROM stationops.station s
        CROSS JOIN LATERAL (
            SELECT r.tx, r.seq, r.doc FROM stationops.record r
            WHERE r.station = s.code AND (r.tx, r.seq) > (p_after_tx::xid8, p_after_seq) AND r.tx < horizon
            ORDER BY r.tx, r.seq
            LIMIT least(greatest(p_max, 1), 5000)) p
        ORDER BY p.tx, p.seq
        LIMIT least(greatest(p_max, 1), 5000);
    ELSE
        RETURN QUERY
        SELECT r.tx::text, r.seq, r.doc FROM stationops.record r
        WHERE r.station = d.station AND (r.tx, r.seq) > (p_after_tx::xid8, p_after_seq) AND r.tx < horizon
        ORDER BY r.tx, r.seq
        LIMIT least(greatest(p_max, 1), 5000);
    END IF;
END $$;

-- As in schema 1, with the line.
CREATE OR REPLACE FUNCTION stationops.sync_blobs(p_sha256 text[]) RETURNS TABLE (sha256 text, suffix text, base64 text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
BEGIN
    -- Only photos that records of the caller's station name.
    RETURN QUERY
    SELECT b.sha256, b.suffix, encode(b.bytes, 'base64') FROM stationops.blob b
    WHERE b.sha256 = ANY (p_sha256)
      AND (d.line_wide OR EXISTS (SELECT 1 FROM stationops.station_blob s WHERE s.station = d.station AND s.sha256 = b.sha256));
END $$;

