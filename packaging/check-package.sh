#!/usr/bin/env bash
# Builds the .deb and .tar.gz from a configured build folder, installs the .deb with apt (so its
# dependencies come from the archive), and smoke-tests what got installed: --version, the man
# pages, the desktop file and metainfo, the sandbox with the executions command against it, and
# the window started offscreen in demo mode for a few seconds without errors; then removes it.
# Usage: packaging/check-package.sh BUILD_DIR   (as root, or with sudo available)
# CTest runs it as the test "package" (exit 77: skipped unless CI=true or FLOWSCOPE_PACKAGE_CHECK=1).
set -euo pipefail
build=${1:?usage: check-package.sh BUILD_DIR}
# It installs a package system-wide: only where that is wanted (CI, or asked for).
if [ "${CI:-}" != true ] && [ -z "${FLOWSCOPE_PACKAGE_CHECK:-}" ]; then
    echo "check-package: skipped (set CI=true or FLOWSCOPE_PACKAGE_CHECK=1 to install and test the .deb)"
    exit 77
fi
sudo=()
[ "$(id -u)" -eq 0 ] || sudo=(sudo)

(cd "$build" && cpack -G "DEB;TGZ" >/dev/null)
deb=$(cd "$build" && pwd)/$(cd "$build" && ls flowscope_*.deb | head -n 1)
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
echo "check-package: $(basename "$deb") (version $version)"
tar -tzf "$(ls "$build"/flowscope-*.tar.gz | head -n 1)" | grep -q 'bin/flowscope$'

"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$deb" >/dev/null
fail() { echo "check-package: $*" >&2; exit 1; }

[ "$(command -v flowscope)" = /usr/bin/flowscope ] || fail "flowscope is not in /usr/bin"
[ "$(flowscope --version)" = "flowscope $version" ] || fail "flowscope --version says '$(flowscope --version)'"
flowscope-sandbox --version | grep -q "$version" || fail "flowscope-sandbox --version"
desktop-file-validate /usr/share/applications/org.flowscope.FlowScope.desktop
# flowscope:// links: the package's postinst told the desktop database, which now names FlowScope.
grep -q '^x-scheme-handler/flowscope=.*org.flowscope.FlowScope.desktop' \
    /usr/share/applications/mimeinfo.cache || fail "flowscope:// is not registered (mimeinfo.cache)"
appstreamcli validate --no-net /usr/share/metainfo/org.flowscope.FlowScope.metainfo.xml >/dev/null
[ -f /usr/share/icons/hicolor/scalable/apps/org.flowscope.FlowScope.svg ] || fail "no icon"
[ -f /usr/share/doc/flowscope/copyright ] || fail "no copyright file"
systemd-analyze verify /usr/lib/systemd/user/flowscope-archive-sync.timer \
    /usr/lib/systemd/user/flowscope-archive-sync.service || fail "the archive's systemd timer"
for page in flowscope flowscope-sandbox; do
    zcat "/usr/share/man/man1/$page.1.gz" | grep -q "$version" || fail "man page $page(1)"
done

# The installed sandbox, and the installed command line against it.
log=$(mktemp -d)
flowscope-sandbox --port 0 --executions 300 > "$log/sandbox" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null || true; rm -rf "$log"' EXIT
for _ in $(seq 50); do grep -q FLOWSCOPE_SANDBOX "$log/sandbox" && break; sleep 0.1; done
line=$(grep FLOWSCOPE_SANDBOX "$log/sandbox") || fail "the sandbox did not start"
url=$(sed 's/.*url=\([^ ]*\).*/\1/' <<< "$line")
account=$(sed 's/.*account=\([^ ]*\).*/\1/' <<< "$line")
token=$(sed 's/.* token=\([^ ]*\).*/\1/' <<< "$line")
export FLOWSCOPE_BASE_URL=$url TWILIO_ACCOUNT_SID=$account TWILIO_AUTH_TOKEN=$token
flow=$(flowscope flows --format csv | sed -n 2p | cut -d, -f1)
rows=$(flowscope executions --flow "$flow" | wc -l)
[ "$rows" -eq 301 ] || fail "flowscope executions wrote $rows lines, not 301"

# The installed window, offscreen, on the demo account: it must run and say nothing alarming.
XDG_CONFIG_HOME="$log/config" QT_QPA_PLATFORM=offscreen timeout -s INT 6 flowscope --demo > "$log/window" 2>&1 || true
if grep -vE 'propagateSizeHints|XDG_RUNTIME_DIR' "$log/window" | grep -iE 'error|warning|critical|fatal|cannot'; then
    fail "the window printed errors"
fi
# And it leaves as cleanly as it came.
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -q flowscope >/dev/null
[ ! -e /usr/bin/flowscope ] || fail "apt-get remove left /usr/bin/flowscope"
! grep -q '^x-scheme-handler/flowscope=' /usr/share/applications/mimeinfo.cache 2>/dev/null \
    || fail "apt-get remove left flowscope:// registered"
echo "check-package: installed, smoke-tested and removed $(basename "$deb")"
