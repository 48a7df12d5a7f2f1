-- The station server, schema version 1 (SYNC.md). There is no server program: devices call the
-- SECURITY DEFINER functions below, each with its own login role that may do nothing else.
--  * record: every record any device pushed, append-only, in server order (tx, seq). A pull reads
--    only rows whose transaction is older than every transaction still open, so a row committed
--    late under an earlier sequence number is never skipped.
--  * device: one row per enrolled device (its role), with its station and whether it may sync.
--  * conflict: a record that arrived again with the same id and another body; the first is kept.
--  * blob: photos, by SHA-256.
-- Every table is closed to device roles; rows are limited to the caller's station by row-level
-- security as well as by the functions' own WHERE.

CREATE SCHEMA stationops;
-- The schema's version: `stationops server upgrade` applies the numbered files after it.
CREATE TABLE stationops.schema_version (version integer NOT NULL);
INSERT INTO stationops.schema_version VALUES (0);

CREATE TABLE stationops.station (
    code       text PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE stationops.device (
    role        name PRIMARY KEY,
    station     text NOT NULL REFERENCES stationops.station (code),
    name        text NOT NULL,
    device_id   text,                  -- the device's own id, told at enrolment
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    enrolled_at timestamptz,
    last_seen   timestamptz,
    clock_skew_ms bigint               -- the device's clock less the server's, at its last hello
);

CREATE TABLE stationops.record (
    seq        bigint GENERATED ALWAYS AS IDENTITY,
    tx         xid8 NOT NULL DEFAULT pg_current_xact_id(),
    station    text NOT NULL REFERENCES stationops.station (code),
    device     text NOT NULL,
    device_seq bigint NOT NULL,
    kind       text NOT NULL,
    id         text NOT NULL,
    sha256     text NOT NULL,
    doc        jsonb NOT NULL,          -- the record as it travels in a batch
    pushed_by  name NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (station, id),  -- a station never learns of another's ids
    UNIQUE (device, device_seq)
);
CREATE INDEX record_pull ON stationops.record (station, tx, seq);

CREATE TABLE stationops.blob (
    sha256 text PRIMARY KEY,    -- checked against the bytes when they arrive
    suffix text NOT NULL,
    bytes  bytea NOT NULL
);
-- Which station pushed a photo with a record: only those stations may pull it.
CREATE TABLE stationops.station_blob (
    station text NOT NULL REFERENCES stationops.station (code),
    sha256  text NOT NULL REFERENCES stationops.blob (sha256),
    PRIMARY KEY (station, sha256)
);

CREATE TABLE stationops.conflict (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    record_id   text NOT NULL,
    station     text NOT NULL,
    arrived_sha256 text NOT NULL,
    arrived     jsonb NOT NULL,
    pushed_by   name NOT NULL,
    found_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (station, record_id, arrived_sha256)
);

-- The group every device role belongs to: it may call the sync functions and nothing else.
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stationops_device') THEN
        CREATE ROLE stationops_device NOLOGIN;
    END IF;
END $$;
REVOKE ALL ON SCHEMA stationops FROM PUBLIC;
GRANT USAGE ON SCHEMA stationops TO stationops_device;
REVOKE ALL ON ALL TABLES IN SCHEMA stationops FROM PUBLIC;

-- The caller's station: the device row of the login role, while it is enabled.
CREATE FUNCTION stationops.caller_station() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
    SELECT d.station FROM stationops.device d WHERE d.role = session_user AND d.enabled
$$;

ALTER TABLE stationops.record ENABLE ROW LEVEL SECURITY;
ALTER TABLE stationops.record FORCE ROW LEVEL SECURITY;
ALTER TABLE stationops.blob ENABLE ROW LEVEL SECURITY;
ALTER TABLE stationops.conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE stationops.conflict FORCE ROW LEVEL SECURITY;
-- A device's session sees its own station's rows; the administrator's (no device row) all.
CREATE POLICY by_station ON stationops.record
    USING (station = stationops.caller_station()
           OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user))
    WITH CHECK (station = stationops.caller_station()
                OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user));
CREATE POLICY by_station ON stationops.conflict
    USING (station = stationops.caller_station()
           OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user))
    WITH CHECK (station = stationops.caller_station()
                OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user));

-- One statement-level notification per push: the station's channel, with the highest seq.
CREATE FUNCTION stationops.notify_station() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    s record;
BEGIN
    FOR s IN SELECT n.station, max(n.seq) AS seq FROM arrived n GROUP BY n.station LOOP
        PERFORM pg_notify('stationops_' || lower(s.station), s.seq::text);
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER record_notify AFTER INSERT ON stationops.record
    REFERENCING NEW TABLE AS arrived FOR EACH STATEMENT EXECUTE FUNCTION stationops.notify_station();

-- The caller's device row, or an error naming why it may not sync.
CREATE FUNCTION stationops.caller() RETURNS stationops.device
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device;
BEGIN
    SELECT * INTO d FROM stationops.device WHERE role = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'role % is not a device of this server', session_user USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT d.enabled THEN
        RAISE EXCEPTION 'device % (%) is disabled on this server', d.name, d.role USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN d;
END $$;

-- Enrolment: the device tells its own id once; the role's password is the device's to change.
CREATE FUNCTION stationops.sync_enroll(p_device_id text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
BEGIN
    IF d.enrolled_at IS NOT NULL THEN
        RAISE EXCEPTION 'device % is enrolled already; make a new code with server add-device', d.name
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    UPDATE stationops.device SET device_id = p_device_id, enrolled_at = now(), last_seen = now() WHERE role = d.role;
    RETURN d.station;
END $$;

-- Hello: the server's time and how far it holds this device's own records.
CREATE FUNCTION stationops.sync_hello(p_device_id text, p_client_now bigint,
                                      OUT station text, OUT high_water bigint, OUT server_now bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
BEGIN
    station := d.station;
    server_now := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    -- How far the server holds the device enrolled under this role, whatever id is asked about.
    IF p_device_id IS DISTINCT FROM d.device_id AND d.enrolled_at IS NOT NULL THEN
        RAISE EXCEPTION 'this role was enrolled for device %, not %: a restored or copied tablet enrols again with a new code',
            d.device_id, p_device_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT coalesce(max(r.device_seq), 0) INTO high_water FROM stationops.record r
    WHERE r.device = d.device_id AND r.station = d.station;
    UPDATE stationops.device SET last_seen = now(), clock_skew_ms = p_client_now - server_now WHERE role = d.role;
END $$;

-- Push: one batch (at most a few thousand records) in one statement. Each record comes back with
-- what became of it: inserted, duplicate (the same id and body were here), conflict (the same id
-- with another body: kept apart, nothing overwritten) or refused (its device number is held here
-- under another id: a copied or replayed device).
CREATE FUNCTION stationops.sync_push(p_batch jsonb) RETURNS TABLE (id text, status text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
BEGIN
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

-- Pull: the caller's station's records after the cursor, in server order, only from
-- transactions older than every one still open; with the photos they name.
CREATE FUNCTION stationops.sync_pull(p_after_tx text, p_after_seq bigint, p_max integer)
RETURNS TABLE (tx text, seq bigint, doc jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
BEGIN
    RETURN QUERY
    SELECT r.tx::text, r.seq, r.doc FROM stationops.record r
    WHERE r.station = d.station AND (r.tx, r.seq) > (p_after_tx::xid8, p_after_seq) AND r.tx < horizon
    ORDER BY r.tx, r.seq
    LIMIT least(greatest(p_max, 1), 5000);
END $$;

CREATE FUNCTION stationops.sync_blobs(p_sha256 text[]) RETURNS TABLE (sha256 text, suffix text, base64 text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
BEGIN
    -- Only photos that records of the caller's station name.
    RETURN QUERY
    SELECT b.sha256, b.suffix, encode(b.bytes, 'base64') FROM stationops.blob b
    WHERE b.sha256 = ANY (p_sha256)
      AND EXISTS (SELECT 1 FROM stationops.station_blob s WHERE s.station = d.station AND s.sha256 = b.sha256);
END $$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA stationops FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stationops.sync_enroll(text), stationops.sync_hello(text, bigint),
    stationops.sync_push(jsonb), stationops.sync_pull(text, bigint, integer), stationops.sync_blobs(text[])
    TO stationops_device;
