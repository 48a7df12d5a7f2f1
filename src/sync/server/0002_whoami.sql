-- A device learns the name it was enrolled under: devices.json names the device that hosts the
-- serial links by that name (SYNC.md, "Alarms across devices").
CREATE FUNCTION stationops.sync_whoami(OUT name text, OUT station text, OUT device_id text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = stationops, pg_temp AS $$
DECLARE
    d stationops.device := stationops.caller();
BEGIN
    name := d.name;
    station := d.station;
    device_id := d.device_id;
END $$;
REVOKE ALL ON FUNCTION stationops.sync_whoami() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION stationops.sync_whoami() TO stationops_device;
