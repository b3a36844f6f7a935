#!/usr/bin/env bash
# The window over the real AT-SPI bus, as Orca meets it: a private D-Bus session (whose
# org.a11y.Bus the at-spi2-core package activates), the demo window under Xvfb with Qt's
# accessibility bridge on, and walk.py over what it shows. Usage: run-walk.sh FLOWSCOPE-BINARY
# Exit 77 (skipped) when a piece is missing, except under CI=true, where that fails.
set -u
binary=$1
here=$(cd "$(dirname "$0")" && pwd)
missing=()
for tool in dbus-run-session xvfb-run /usr/bin/python3 /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || missing+=("$tool")
done
/usr/bin/python3 -c 'import pyatspi' 2>/dev/null || missing+=(python3-pyatspi)
if [ ${#missing[@]} -gt 0 ]; then
    echo "run-walk.sh: missing ${missing[*]} (packaging/install-deps.sh installs them)"
    [ "${CI:-}" = true ] && exit 1
    exit 77
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data XDG_CACHE_HOME=$scratch/cache
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
unset QT_QPA_PLATFORM
exec dbus-run-session -- bash -c '
    xvfb-run -a -s "-screen 0 1400x860x24" "$0" --demo > "$2/app.log" 2>&1 &
    window=$!
    /usr/bin/python3 "$1/walk.py" flowscope 15
    rc=$?
    pkill -P $window 2>/dev/null; kill $window 2>/dev/null; wait $window 2>/dev/null
    [ $rc -ne 0 ] && tail -20 "$2/app.log"
    exit $rc' "$binary" "$here" "$scratch"
