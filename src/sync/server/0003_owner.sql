-- The schema and its functions belong to stationops_owner, a role that is neither a superuser nor
-- exempt from row-level security, so the policies limiting a device to its station hold inside
-- the SECURITY DEFINER functions too (record and conflict FORCE row-level security, which binds
-- their owner). Until now the objects belonged to whoever ran `server init` (a superuser, who
-- passes every policy), and only each function's own WHERE kept a device to its station.
-- The policies read the caller's station once per statement (a scalar subquery), not per row.
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'stationops_owner') THEN
        CREATE ROLE stationops_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
    END IF;
END $$;
-- Roles belong to the whole cluster: one made earlier is held to the same terms.
ALTER ROLE stationops_owner NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEROLE NOCREATEDB;
ALTER SCHEMA stationops OWNER TO stationops_owner;
ALTER TABLE stationops.schema_version OWNER TO stationops_owner;
ALTER TABLE stationops.station OWNER TO stationops_owner;
ALTER TABLE stationops.device OWNER TO stationops_owner;
ALTER TABLE stationops.record OWNER TO stationops_owner;
ALTER TABLE stationops.blob OWNER TO stationops_owner;
ALTER TABLE stationops.station_blob OWNER TO stationops_owner;
ALTER TABLE stationops.conflict OWNER TO stationops_owner;
ALTER FUNCTION stationops.caller_station() OWNER TO stationops_owner;
ALTER FUNCTION stationops.caller() OWNER TO stationops_owner;
ALTER FUNCTION stationops.notify_station() OWNER TO stationops_owner;
ALTER FUNCTION stationops.sync_enroll(text) OWNER TO stationops_owner;
ALTER FUNCTION stationops.sync_hello(text, bigint) OWNER TO stationops_owner;
ALTER FUNCTION stationops.sync_push(jsonb) OWNER TO stationops_owner;
ALTER FUNCTION stationops.sync_pull(text, bigint, integer) OWNER TO stationops_owner;
ALTER FUNCTION stationops.sync_blobs(text[]) OWNER TO stationops_owner;
ALTER FUNCTION stationops.sync_whoami() OWNER TO stationops_owner;

DROP POLICY by_station ON stationops.record;
DROP POLICY by_station ON stationops.conflict;
CREATE POLICY by_station ON stationops.record
    USING (station = (SELECT stationops.caller_station())
           OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user))
    WITH CHECK (station = (SELECT stationops.caller_station())
                OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user));
CREATE POLICY by_station ON stationops.conflict
    USING (station = (SELECT stationops.caller_station())
           OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user))
    WITH CHECK (station = (SELECT stationops.caller_station())
                OR NOT EXISTS (SELECT 1 FROM stationops.device d WHERE d.role = session_user));
