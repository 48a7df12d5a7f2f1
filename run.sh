#!/usr/bin/env bash
# StationOps set-up, build and run.
#   ./run.sh            install what is missing, build, start the app on the demo station
#   ./run.sh test       the same set-up, then every test (ctest, offscreen)
#   ./run.sh build      set-up and build only
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
  qml6-module-qttest qt6-qpa-plugins libgl1-mesa-dri
  fonts-noto-cjk fonts-dejavu-core xvfb xauth sqlite3
  clang libclang-rt-14-dev poppler-utils
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
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
  fi
  cmake --build "$build"
}

verb="${1:-run}"
[ $# -gt 0 ] && shift
case "$verb" in
  run|build|test) ;;
  -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
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
