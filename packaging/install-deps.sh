#!/usr/bin/env bash
# Installs every Debian 12 package FlowScope needs to build, test, take screenshots and package.
# Idempotent: does nothing (and needs no network) when everything is already installed.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build ccache pkg-config git
    # Qt 6.4 (qt6-httpserver-dev is only found by CMake when qt6-websockets-dev is installed too)
    qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev
    qt6-l10n-tools qt6-qpa-plugins libgl-dev
    # the five languages: Linguist's CMake macros (qt_add_translations), Qt's own translations for
    # its standard dialogs and buttons, and a Japanese font so that Japanese is drawn, not boxes
    qt6-tools-dev qt6-translations-l10n fonts-vlgothic
    # Qt Charts (the activity chart) finds its Qt6OpenGL dependency only with this
    libqt6opengl6-dev
    # secrets in the OS keychain, fast JSON, phone numbers, .xlsx workbooks
    qtkeychain-qt6-dev libsimdjson-dev libphonenumber-dev libxlsxwriter-dev
    # the archive: an encrypted SQLite file (SQLCipher), or PostgreSQL through Qt SQL's driver
    libsqlcipher-dev libqt6sql6-psql
    # a throw-away PostgreSQL server for the archive's tests (pg_virtualenv)
    postgresql postgresql-common
    # the real things the tests check against: a Secret Service on a private D-Bus session, and a
    # spreadsheet application reading the workbooks back
    gnome-keyring dbus dbus-x11 libsecret-tools libreoffice-calc-nogui python3-openpyxl unzip
    # screenshots and offscreen GUI runs
    xvfb xauth xdotool imagemagick
    # the screen-reader bus the accessibility test walks the window over (AT-SPI, as Orca does)
    at-spi2-core python3-pyatspi
    # the GUI-stall benchmark measures beside one CPU hog
    stress-ng
    # sanitizers, fuzzing and clang-tidy
    clang libclang-rt-14-dev clang-tidy
    # packaging checks
    appstream desktop-file-utils dpkg-dev file systemd
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
# Refresh the package lists when they are missing or older than a day.
lists=/var/lib/apt/lists
if [ -z "$(find "$lists" -maxdepth 1 -name '*_Packages*' -mtime -1 2>/dev/null | head -n 1)" ]; then
    "${sudo[@]}" apt-get update -q
fi
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
