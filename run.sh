#!/usr/bin/env bash
# StationOps set-up, build and run.
#   ./run.sh            install what is missing, build, start the app on the demo station
#   ./run.sh test       the same set-up, then every test (ctest, offscreen)
#   ./run.sh build      set-up and build only
#   ./run.sh bench      set-up, then the benchmarks (tests/bench); the large database is made
#                       once in build/bench-data (about half an hour) and kept
#   ./run.sh soak       the reliability tests, longer: 2,000 kills, 10 min per fuzz target;
#                       then the same under ASan and UBSan in build-asan
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
  clang libclang-rt-14-dev poppler-utils
  postgresql libqt6sql6-psql
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
  run|build|test|bench|soak) ;;
  -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
  *) set -- "$verb" "$@"; verb=run ;;
esac

install_missing
configure_and_build

case "$verb" in
  build) ;;
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
