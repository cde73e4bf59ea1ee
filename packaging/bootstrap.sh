#!/usr/bin/env bash
# Set up Viparita from this checkout on Debian or Ubuntu, then run it or test it.
#
#   bash packaging/bootstrap.sh run [ARGS...]   install what the app needs, then launch it
#   bash packaging/bootstrap.sh test [ARGS...]  install what the tests need, then run them all;
#                                               with no ARGS, the benchmarks too (tests/benchmarks)
#
# It installs system packages with apt-get (as root, or through sudo), creates .venv/ and
# installs the app into it from this source tree. Running it again only adds what is missing.
set -euo pipefail

mode="${1:-run}"
shift || true
cd "$(dirname "$0")/.."

# What Qt's xcb platform plugin loads, what simpleaudio compiles against, a font, and libXss
# for the work breaks' idle time on X11.
APP_PACKAGES=(
    python3 python3-venv python3-dev gcc libasound2-dev
    libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
    libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core libxss1
)
# The real desktop the end-to-end tests run the app in (with trayer as the tray host), the
# tools that look at it, and real audio output: ALSA's pulse plugin and a PulseAudio server
# whose null sink they record; python3-dbus and python3-gi run a stand-in logind on a
# private bus; at-spi2-core and python3-pyatspi read the app as a screen reader does.
# The packaging tests validate the desktop files with the freedesktop tools and
# build the PyInstaller bundle, which strips its libraries with binutils. The work-break
# detectors' tests (tests/platform/activity) make a window full screen with wmctrl, and read
# GNOME's show-banners with gsettings.
TEST_PACKAGES=(
    xvfb openbox trayer x11-utils xdotool imagemagick dbus procps
    pulseaudio pulseaudio-utils libasound2-plugins
    python3-dbus python3-gi at-spi2-core python3-pyatspi
    desktop-file-utils appstream binutils
    wmctrl libglib2.0-bin gsettings-desktop-schemas
)

case "$mode" in
    run) packages=("${APP_PACKAGES[@]}"); extra="" ;;
    test) packages=("${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"); extra="[test]" ;;
    *) echo "usage: bash packaging/bootstrap.sh run|test [ARGS...]" >&2; exit 2 ;;
esac

missing=()
if command -v dpkg-query >/dev/null; then
    for pkg in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "bootstrap: installing system packages: ${missing[*]}"
    as_root=()
    [ "$(id -u)" -eq 0 ] || as_root=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -qq
    "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ ! -x .venv/bin/python ]; then
    python3 -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check ".${extra}"

case "$mode" in
    run) exec .venv/bin/viparita "$@" ;;
    test)
        if [ $# -gt 0 ]; then
            exec .venv/bin/python -m pytest "$@"
        fi
        # The whole suite, then the benchmarks' table (README: Performance). A figure that
        # misses its target fails nothing; a crash of the runner fails the run, and pytest's
        # own status comes first.
        tests=0
        .venv/bin/python -m pytest || tests=$?
        benchmarks=0
        .venv/bin/python -m tests.benchmarks || benchmarks=$?
        if [ "$tests" -ne 0 ]; then
            exit "$tests"
        fi
        exit "$benchmarks"
        ;;
esac
