#!/usr/bin/env bash
# Builds the three .debs with CPack and checks them as a station's IT person's tools would:
# lintian (no errors; the accepted warnings are listed below with their reason), the files each
# package holds, systemd-analyze verify on the unit, desktop-file-validate and appstreamcli.
#   check-packages.sh BUILD_DIR
set -euo pipefail
build=$1
cd "$build"
rm -rf packages
cpack -G DEB >/dev/null
shopt -s nullglob
debs=(packages/*.deb)
[ ${#debs[@]} -eq 3 ] || { echo "expected 3 packages, got: ${debs[*]}"; exit 1; }
deb_of() { ls packages/"$1"_*.deb; }
app=$(deb_of stationops)
gateway=$(deb_of stationops-gateway)
sim=$(deb_of stationops-sim)
failed=0
fail() { echo "FAIL: $*"; failed=1; }

contents() { dpkg-deb --contents "$1" | awk '{print $6}' | sed 's|^\./|/|'; }
expect_file() {
  contents "$1" | grep -qx "$2" || fail "$(basename "$1") lacks $2"
}
for f in /usr/bin/stationops /usr/share/applications/org.stationops.StationOps.desktop \
         /usr/share/metainfo/org.stationops.StationOps.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.stationops.StationOps.svg \
         /usr/share/man/man1/stationops.1.gz /usr/share/doc/stationops/copyright \
         /usr/share/doc/stationops/changelog.gz \
         /usr/share/doc/stationops/examples/station.json \
         /usr/share/doc/stationops/examples/devices.json \
         /usr/share/doc/stationops/examples/checklists/psd-daily.json; do
  expect_file "$app" "$f"
done
expect_file "$gateway" /lib/systemd/system/stationops-gateway.service
expect_file "$gateway" /usr/share/doc/stationops-gateway/copyright
expect_file "$sim" /usr/bin/stationops-devsim
expect_file "$sim" /usr/share/man/man1/stationops-devsim.1.gz
dpkg-deb --field "$app" Depends | grep -q 'libqt6core6' || fail "stationops Depends lacks the Qt libraries dpkg-shlibdeps finds"
dpkg-deb --field "$gateway" Depends | grep -q 'stationops (= ' || fail "the gateway does not depend on its app"
for s in preinst postinst; do
  dpkg-deb --info "$app" "$s" >/dev/null || fail "stationops has no $s"
done
for s in postinst prerm postrm; do
  dpkg-deb --info "$gateway" "$s" >/dev/null || fail "stationops-gateway has no $s"
done

# Accepted lintian warnings, each for a reason:
#  (none at present: the check prints every warning lintian gives, and fails on any error)
out=$(lintian --tag-display-limit 0 "${debs[@]}" 2>&1 || true)
echo "$out"
if echo "$out" | grep -q '^E: '; then
  fail "lintian reports errors (above)"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$app" "$tmp/app"
dpkg-deb -x "$gateway" "$tmp/gw"
desktop-file-validate "$tmp/app/usr/share/applications/org.stationops.StationOps.desktop" \
  || fail "desktop-file-validate"
appstreamcli validate --no-net --explain "$tmp/app/usr/share/metainfo/org.stationops.StationOps.metainfo.xml" \
  || fail "appstreamcli validate"
# systemd-analyze verify checks that ExecStart's program exists: the same unit, its program
# taken from the unpacked package instead of /usr/bin (the only change).
sed "s|/usr/bin/stationops|$tmp/app/usr/bin/stationops|" \
  "$tmp/gw/lib/systemd/system/stationops-gateway.service" > "$tmp/stationops-gateway.service"
SYSTEMD_LOG_LEVEL=notice systemd-analyze verify --man=no "$tmp/stationops-gateway.service" \
  > "$tmp/verify" 2>&1 || fail "systemd-analyze verify"
if [ -s "$tmp/verify" ]; then cat "$tmp/verify"; fail "systemd-analyze verify warns"; fi
[ "$failed" -eq 0 ] && echo "packages: $(printf '%s ' "${debs[@]}") checked"
exit "$failed"
