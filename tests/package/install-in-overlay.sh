#!/usr/bin/env bash
# Installs the three packages in a throwaway root and walks a station IT person's steps there:
# a first install, the gateway unit's own ExecStart run as its user, an upgrade (the backup
# first, every record kept), remove (the data kept) and purge (the data and the user gone).
#
# The throwaway root is this machine's own root seen through an overlay whose upper layer is a
# tmpfs, in a private mount namespace: dpkg and the maintainer scripts run for real (adduser,
# install, runuser, the old program's backup), and nothing reaches the real system. No mirror is
# needed: the packages' dependencies are the libraries this machine built them against.
# The upgrade installs the same build under the next version number (no earlier release exists
# to install first); the schema migrations themselves are tested by tst_database and tst_sync.
#   install-in-overlay.sh BUILD_DIR     (as root; the packages test builds BUILD_DIR/packages)
set -euo pipefail
build=$(cd "$1" && pwd)
if [ "$(id -u)" -ne 0 ]; then
  echo "install-in-overlay: dpkg and a private mount namespace need root; run the tests as root"
  exit 1
fi
shopt -s nullglob
debs=("$build"/packages/*.deb)
[ ${#debs[@]} -eq 3 ] || { echo "install-in-overlay: expected 3 packages in $build/packages"; exit 1; }
tmp=$(mktemp -d /tmp/stationops-install.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/layer" "$tmp/root" "$tmp/debs"
cp "${debs[@]}" "$tmp/debs/"

cat > "$tmp/steps.sh" <<'STEPS'
set -euo pipefail
cd /tmp/debs
step() { echo "== $*"; }
fail() { echo "FAIL: $*"; exit 1; }
as_gateway() { runuser -u stationops -- /usr/bin/stationops --config /etc/stationops --data-dir /var/lib/stationops "$@"; }
# Whatever this machine had installed is gone from the throwaway root first.
dpkg --purge stationops-sim stationops-gateway stationops >/dev/null 2>&1 || true

step "first install"
dpkg -i stationops_*.deb stationops-gateway_*.deb stationops-sim_*.deb > install.log 2>&1 \
  || { cat install.log; fail "dpkg -i"; }
cat install.log | grep -v '^(Reading database' || true
getent passwd stationops >/dev/null || fail "no stationops user"
id -nG stationops | grep -qw dialout || fail "stationops is not in dialout"
[ "$(stat -c %U:%a /var/lib/stationops)" = stationops:750 ] || fail "/var/lib/stationops: $(stat -c %U:%a /var/lib/stationops)"
[ -f /etc/stationops/station.json ] && [ -f /etc/stationops/devices.json ] || fail "no example config in /etc/stationops"
grep -q 'example config copied to /etc/stationops' install.log || fail "postinst did not say where the config is"

step "the unit's ExecStart, as its user"
exec_start=$(sed -n 's/^ExecStart=//p' /lib/systemd/system/stationops-gateway.service)
user=$(sed -n 's/^User=//p' /lib/systemd/system/stationops-gateway.service)
[ "$user" = stationops ] || fail "the unit runs as '$user'"
# shellcheck disable=SC2086
runuser -u "$user" -- $exec_start --exit-after 2 > gateway.log 2>&1 || { cat gateway.log; fail "the gateway"; }
[ -f /var/lib/stationops/stationops.db ] || fail "the gateway made no database"
printf '5317\n' | as_gateway staff add --number 4101 --name-zh 王芳 --name-en "Wang Fang" --role agent \
  > add.log 2>&1 || { cat add.log; fail "staff add"; }
before=$(as_gateway staff list)
echo "$before" | grep -q 4101 || fail "the new person is not on the staff list"

step "upgrade: a backup first, every record kept"
version=$(dpkg-query -W -f '${Version}' stationops)
next="$version+1"
mkdir -p next
for deb in stationops_*.deb stationops-gateway_*.deb stationops-sim_*.deb; do
  name=$(dpkg-deb --field "$deb" Package)
  rm -rf unpacked && dpkg-deb -R "$deb" unpacked
  sed -i -e "s/^Version: .*/Version: $next/" -e "s/(= $version)/(= $next)/g" unpacked/DEBIAN/control
  dpkg-deb -b unpacked "next/${name}_${next}_$(dpkg-deb --field "$deb" Architecture).deb" >/dev/null
done
dpkg -i next/*.deb > upgrade.log 2>&1 || { cat upgrade.log; fail "the upgrade"; }
grep 'backed up to' upgrade.log || { cat upgrade.log; fail "postinst did not say where the backup is"; }
backup=$(sed -n 's/^stationops: the database was backed up to \(.*\) before this upgrade$/\1/p' upgrade.log)
[ -f "$backup" ] || fail "no backup at '$backup'"
case "$backup" in /var/lib/stationops/backups/before-upgrade-from-"$version"-*.db) ;; *) fail "backup named $backup";; esac
[ "$(dpkg-query -W -f '${Version}' stationops)" = "$next" ] || fail "not upgraded"
check=$(mktemp -d) && cp "$backup" "$check/stationops.db" && chown -R stationops: "$check"
runuser -u stationops -- /usr/bin/stationops --config /etc/stationops --data-dir "$check" verify \
  || fail "the backup does not verify"
as_gateway verify || fail "the upgraded database does not verify"
[ "$(as_gateway staff list)" = "$before" ] || fail "the staff list changed in the upgrade"

step "remove keeps the data"
dpkg -r stationops-sim stationops-gateway stationops > remove.log 2>&1 || { cat remove.log; fail "dpkg -r"; }
grep -q 'data stays in /var/lib/stationops' remove.log || fail "remove did not say the data stays"
[ -f /var/lib/stationops/stationops.db ] && [ -f "$backup" ] || fail "remove deleted the data"

step "purge deletes it, after saying so"
dpkg -P stationops-sim stationops-gateway stationops > purge.log 2>&1 || { cat purge.log; fail "dpkg -P"; }
grep -q 'purging deletes the station' purge.log || fail "purge did not say what it deletes"
[ ! -e /var/lib/stationops ] && [ ! -e /etc/stationops ] || fail "purge left data behind"
! getent passwd stationops >/dev/null || fail "purge left the stationops user"
echo "install-in-overlay: install, ExecStart as stationops, upgrade $version -> $next, remove, purge: all as expected"
STEPS

# The namespace's own mounts: the overlay as /, with /proc and /dev from the host and empty
# /run and /tmp (no systemd is running there, so the scripts leave the service alone).
unshare --mount --propagation private bash -euo pipefail -c '
  t=$1
  mount -t tmpfs -o size=512m tmpfs "$t/layer"
  mkdir -p "$t/layer/upper" "$t/layer/work"
  mount -t overlay overlay -o "lowerdir=/,upperdir=$t/layer/upper,workdir=$t/layer/work" "$t/root"
  mount --rbind /proc "$t/root/proc"
  mount --rbind /dev "$t/root/dev"
  mount -t tmpfs tmpfs "$t/root/run"
  mount -t tmpfs tmpfs "$t/root/tmp"
  cp -r "$t/debs" "$t/root/tmp/debs"
  cp "$t/steps.sh" "$t/root/tmp/steps.sh"
  chroot "$t/root" /bin/bash /tmp/steps.sh
' _ "$tmp"
