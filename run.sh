#!/usr/bin/env bash
# StationOps set-up, build and run.
#   ./run.sh            install what is missing, build, start the app on the demo station
#   ./run.sh test       the same set-up, then every test (ctest, offscreen)
#   ./run.sh build      set-up and build only
#   ./run.sh bench      set-up, then the benchmarks (tests/bench); the large database is made
#                       once in build/bench-data (about half an hour) and kept
#   ./run.sh soak       the reliability tests, longer: 2,000 kills, 10 min per fuzz target;
#                       then the same under ASan and UBSan in build-asan
#   ./run.sh package    the Debian packages (stationops, stationops-gateway, stationops-sim) in
#                       build/packages
#   ./run.sh station    the whole demo station on one machine: a throwaway PostgreSQL in
#                       build/station, the gateway hosting the simulated devices, and two
#                       tablets signed in as different people
# Anything after the verb is passed on (to the app, or to ctest for `test`).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
build="${STATIONOPS_BUILD_DIR:-$root/build}"

packages=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-serialport-dev qt6-serialbus-dev
  qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite libspdlog-dev libsqlite3-dev
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick
  qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
  qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  qml6-module-qttest qml6-module-qtquick-pdf qml6-module-qtmultimedia qt6-qpa-plugins libgl1-mesa-dri
  fonts-noto-cjk fonts-dejavu-core xvfb xauth sqlite3
  clang clang-format libclang-rt-14-dev poppler-utils
  postgresql libqt6sql6-psql
  dpkg-dev lintian desktop-file-utils appstream systemd faketime dbus-daemon
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "run.sh: installing ${missing[*]}"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "run.sh: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() {
  # Warnings are errors here (and so in CI); a plain cmake build leaves them warnings.
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTATIONOPS_WERROR=ON
  elif ! grep -q '^STATIONOPS_WERROR:BOOL=ON' "$build/CMakeCache.txt"; then
    cmake -S "$root" -B "$build" -DSTATIONOPS_WERROR=ON >/dev/null
  fi
  cmake --build "$build"
}

verb="${1:-run}"
[ $# -gt 0 ] && shift
case "$verb" in
  run|build|test|bench|soak|station|package) ;;
  -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
  *) set -- "$verb" "$@"; verb=run ;;
esac

install_missing
configure_and_build

case "$verb" in
  build) ;;
  package)
    cd "$build"
    rm -rf packages
    cpack -G DEB >/dev/null
    echo "run.sh: packages in $build/packages:"
    ls -1 "$build"/packages/*.deb
    ;;
  test)
    cd "$build"
    export QT_QPA_PLATFORM=offscreen
    exec ctest --output-on-failure -j2 "$@"
    ;;
  soak)
    cmake -S "$root" -B "$build" -DSTATIONOPS_FUZZ_SECONDS="${STATIONOPS_FUZZ_SECONDS:-600}" >/dev/null
    cd "$build"
    export QT_QPA_PLATFORM=offscreen STATIONOPS_CRASH_KILLS="${STATIONOPS_CRASH_KILLS:-2000}"
    ctest --output-on-failure -j2 -L 'reliability|fuzz' "$@" || status=$?
    cmake -S "$root" -B "$build" -DSTATIONOPS_FUZZ_SECONDS=20 >/dev/null
    # The reliability tests again under AddressSanitizer and UBSan, in a build of their own
    # (build-asan; the first build takes a while). Leak reports are off: Qt keeps some
    # singletons to the end by design; memory errors and undefined behaviour fail the run.
    asan="${STATIONOPS_ASAN_BUILD_DIR:-$root/build-asan}"
    [ -f "$asan/build.ninja" ] || cmake -S "$root" -B "$asan" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DSTATIONOPS_SANITIZE=ON -DSTATIONOPS_BUILD_BENCH=OFF
    cmake --build "$asan"
    (cd "$asan" && ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
      ctest --output-on-failure -j2 -L reliability -LE fuzz "$@") || status=$?
    exit "${status:-0}"
    ;;
  bench)
    export QT_QPA_PLATFORM=offscreen
    bench="$build/bin/stationops-bench"
    data="$build/bench-data"
    if [ ! -f "$data/.complete" ]; then
      rm -rf "$data"
      "$bench" gen --data-dir "$data" "$@"
      touch "$data/.complete"
    fi
    echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
    "$bench" pipeline
    "$bench" search --data-dir "$data"
    "$bench" supervision --data-dir "$data"
    "$bench" startup --data-dir "$data"
    "$bench" flood
    "$bench" idle
    "$bench" app-idle
    "$bench" app-memory
    "$bench" sync-ingest
    "$bench" sync-catchup
    "$bench" sync-line
    "$bench" alarm-latency
    ;;
  station)
    # One PostgreSQL cluster (a Unix socket in build/station, no TCP), the gateway as the host
    # of the serial links with the simulators on pseudo-terminals, and two app windows enrolled
    # as two tablets. Everything is made again at each start; Ctrl+C (or closing both windows)
    # stops it all.
    st="$build/station"
    so="$build/bin/stationops"
    pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    # One station at a time: a second start would take the first one's server from under it.
    exec 9>"$build/station.lock"
    flock -n 9 || { echo "run.sh station: a station is running already (build/station.lock); stop it first" >&2; exit 1; }
    as_pg=()
    if [ "$(id -u)" -eq 0 ]; then
      as_pg=(runuser -u postgres --)
      # initdb refuses root: the cluster runs as postgres, which must reach build/.
      runuser -u postgres -- test -x "$build" || {
        echo "run.sh station: the postgres user cannot reach $build; use a checkout outside /root, or run as another user" >&2
        exit 1
      }
    fi
    [ -f "$st/pg/data/postmaster.pid" ] && "${as_pg[@]}" "$pgbin/pg_ctl" -D "$st/pg/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$st"
    mkdir -p "$st/pg" "$st/ports"
    head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$st/pg/pw"
    [ "$(id -u)" -eq 0 ] && chown -R postgres "$st/pg"
    echo "== station server: PostgreSQL in $st/pg"
    "${as_pg[@]}" "$pgbin/initdb" -D "$st/pg/data" -U postgres -A scram-sha-256 --pwfile "$st/pg/pw" -E UTF8 --locale=C.UTF-8 >/dev/null
    "${as_pg[@]}" "$pgbin/pg_ctl" -D "$st/pg/data" -o "-k $st/pg -p 5432 -c listen_addresses=''" -l "$st/pg/log" -w start >/dev/null
    pids=()
    stop_station() {
      kill "${pids[@]}" 2>/dev/null || true
      wait "${pids[@]}" 2>/dev/null || true
      "${as_pg[@]}" "$pgbin/pg_ctl" -D "$st/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    }
    trap stop_station EXIT
    PGPASSWORD=$(cat "$st/pg/pw") "$pgbin/createdb" -h "$st/pg" -p 5432 -U postgres stationops
    dsn="host=$st/pg port=5432 dbname=stationops"
    admin="$dsn user=postgres password=$(cat "$st/pg/pw")"
    "$so" server init --dsn "$admin"
    # The demo config, with the control room named as the host of the serial links.
    mkdir -p "$st/config"
    cp -r "$root/config/." "$st/config/"
    sed -i -e 's/^  "schema": 1,$/  "schema": 1,\n  "host": "控制室",/' -e "s#/tmp/stationops-demo/#$st/ports/#" "$st/config/devices.json"
    enroll() { # NAME FOLDER
      local code
      code=$("$so" server add-device --dsn "$admin" --station L2-DH --name "$1" | grep -oE 'so_[^ ]+:[^ ]+' | head -1)
      "$so" --config "$st/config" --data-dir "$st/$2" enroll --server "$dsn" --code "$code"
    }
    enroll "控制室" gateway
    enroll "A端平板" tablet-a
    enroll "B端平板" tablet-b
    start_sim() { "$build/bin/stationops-devsim" "$@" >/dev/null & pids+=($!); }
    start_sim --link "$st/ports/psd-up" --scenario devices/scenarios/psd-up.scn
    start_sim --link "$st/ports/fire" --scenario devices/scenarios/fire-panel.scn
    start_sim --link "$st/ports/esc-1" --scenario devices/scenarios/escalator.scn
    start_sim --link "$st/ports/pump" --modbus --unit 1 --scenario devices/scenarios/pump-room.scn
    "$so" --config "$st/config" --data-dir "$st/gateway" gateway > >(sed -u 's/^/gateway: /') 2>&1 &
    pids+=($!)
    # Tablet A makes the demo station's records (staff, cases, shifts); tablet B starts from them.
    "$so" --config "$st/config" --data-dir "$st/tablet-a" --sign-in 1001:2468 & pids+=($!)
    for _ in $(seq 1 60); do
      "$so" --config "$st/config" --data-dir "$st/tablet-b" sync now >/dev/null 2>&1 || true
      [ "$(sqlite3 "$st/tablet-b/stationops.db" 'SELECT COUNT(*) FROM staff_version' 2>/dev/null || echo 0)" -gt 0 ] && break
      sleep 1
    done
    "$so" --config "$st/config" --data-dir "$st/tablet-b" --sign-in 3001:8642 & pids+=($!)
    echo "== the station runs: tablet A signed in as 李娜 (1001), tablet B as 陈静 (3001, supervisor)."
    echo "   An alarm from the simulators shows on both; acknowledge it on one and it clears on the other."
    echo "   Ctrl+C stops everything."
    wait "${pids[-1]}" "${pids[-2]}" 2>/dev/null || true
    ;;
  run)
    # On the demo station, simulated devices talk to the app over pseudo-terminals, so alarms
    # arrive within the first minute. A real --config talks to real ports.
    sims=()
    case " $* " in
      *" --config "*|*" --config="*) ;;
      *)
        demo_ports=/tmp/stationops-demo
        mkdir -p "$demo_ports"
        start_sim() { "$build/bin/stationops-devsim" "$@" >/dev/null & sims+=($!); }
        start_sim --link "$demo_ports/psd-up" --scenario devices/scenarios/psd-up.scn
        start_sim --link "$demo_ports/fire" --scenario devices/scenarios/fire-panel.scn
        start_sim --link "$demo_ports/esc-1" --scenario devices/scenarios/escalator.scn
        start_sim --link "$demo_ports/pump" --modbus --unit 1 --scenario devices/scenarios/pump-room.scn
        trap 'kill "${sims[@]}" 2>/dev/null' EXIT
        ;;
    esac
    "$build/bin/stationops" "$@"
    ;;
esac
