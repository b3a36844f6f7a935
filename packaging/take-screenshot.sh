#!/usr/bin/env bash
# Takes the README's screenshot: the window in demo mode under Xvfb, a flow picked, an execution
# selected and its context opened with the keyboard. Needs xvfb, xdotool and imagemagick
# (packaging/install-deps.sh installs them). Usage: packaging/take-screenshot.sh [BINARY] [OUT.png]
# [steps|diagram|traffic|related|views|revisions|compare|export] (THEME=dark, SCALE=2,
# FLOWSCOPE_LANGUAGE=de beside it — or LANG=ja_JP.UTF-8 —: dark, at 200 %, in German or Japanese);
# with "export", the export dialog (Ctrl+E) over the selected row; with "revisions", the Diagram tab
# compares the execution's revision with the one before it; with "compare", a second row is
# selected and the two are compared (Edit > Compare two executions); with "views", a view is saved (Ctrl+D) and the Views menu
# is opened on its submenu; with "steps", the execution's Steps tab; with "diagram", the execution's Diagram tab is opened before the
# picture is taken; with "traffic", the loaded rows are analysed and the tab shows where they all
# went; with "related", an execution whose HTTP request failed is opened (Ctrl+G, its SID — the
# demo's data depends on its seed alone) at its failed step, with what Twilio said about it.
set -euo pipefail
binary=${1:-build/release/app/flowscope}
out=${2:-packaging/screenshots/main-window.png}
tab=${3:-}
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

script=$(mktemp)
cat > "$script" <<'STEPS'
sleep 4
xdotool mousemove 200 37 click 1
sleep 0.3
xdotool key ctrl+a
xdotool type --delay 20 "Order Status"
sleep 0.5
xdotool key Escape Return
sleep 2
xdotool mousemove 200 335 click 1
sleep 2
xdotool mousemove 930 250 click 1
sleep 0.3
xdotool key Right
sleep 0.3
xdotool key Down Right
sleep 0.3
xdotool key Down Down Down Right
sleep 0.3
xdotool key Down Right
sleep 0.3
xdotool key Down Right
sleep 1
STEPS
if [ "$tab" = related ]; then
    # Order Status's execution whose lookup failed (81016) and whose question went undelivered.
    printf 'xdotool key ctrl+g\nsleep 1\n' >> "$script"
    printf 'xdotool type --delay 10 FN40f50cb1d87d11941f68fab24ecaba66\nxdotool key Return\n' >> "$script"
    printf 'sleep 4\nxdotool mousemove 944 144 click 1\nsleep 2\n' >> "$script"
    printf 'xdotool mousemove 1000 251 click 1\nsleep 2\n' >> "$script"
elif [ "$tab" = views ]; then
    # A view saved under a name, then the Views menu open on it.
    printf 'xdotool key ctrl+d\nsleep 1\nxdotool type --delay 20 "Order Status: failed today"\n' >> "$script"
    printf 'xdotool key Return\nsleep 1\nxdotool mousemove 143 8 click 1\nsleep 1\n' >> "$script"
    printf 'xdotool mousemove 200 86\nsleep 1\nxdotool mousemove 400 90\nsleep 1\n' >> "$script"
elif [ "$tab" = steps ]; then
    printf 'xdotool mousemove 944 144 click 1\nsleep 2\n' >> "$script"
elif [ "$tab" = diagram ]; then
    printf 'xdotool mousemove 1011 144 click 1\nsleep 2\n' >> "$script"
elif [ "$tab" = compare ]; then
    # A second row, one that ended elsewhere, then Edit > Compare two executions.
    printf 'xdotool keydown ctrl mousemove 300 388 click 1 keyup ctrl\nsleep 0.5\n' >> "$script"
    printf 'xdotool key ctrl+shift+m\nsleep 4\nxdotool mousemove 5 855\nsleep 1\n' >> "$script"
elif [ "$tab" = revisions ]; then
    # The Diagram tab, then Compare with revision… and the revision before the execution's.
    printf 'xdotool mousemove 1011 144 click 1\nsleep 2\n' >> "$script"
    printf 'xdotool mousemove 1155 171 click 1\nsleep 2\n' >> "$script"
    printf 'xdotool mousemove 950 214 click 1\nsleep 2\nxdotool mousemove 700 845\nsleep 2\n' >> "$script"
elif [ "$tab" = export ]; then
    printf 'xdotool key ctrl+e\nsleep 2\n' >> "$script"
elif [ "$tab" = traffic ]; then
    # Analyse, the Diagram tab, All analysed, then Fit.
    printf 'xdotool mousemove 718 224 click 1\nsleep 4\n' >> "$script"
    printf 'xdotool mousemove 1011 144 click 1\nsleep 2\n' >> "$script"
    printf 'xdotool mousemove 1027 171 click 1\nsleep 2\n' >> "$script"
    printf 'xdotool mousemove 866 171 click 1\nsleep 1\n' >> "$script"
fi

# A fresh settings folder, so the window opens at its default size and layout; THEME=dark takes
# it in View > Theme > Dark, SCALE=2 at 200 % (QT_SCALE_FACTOR: the clicks above are at 100 %).
if [ -n "${THEME:-}" ]; then
    mkdir -p "$config/FlowScope"
    printf '[view]\ntheme=%s\n' "$THEME" > "$config/FlowScope/flowscope.conf"
fi
scale=${SCALE:-1}
if [ "$scale" != 1 ]; then
    # The same clicks on a screen as many times larger.
    awk -v s="$scale" '{ for (i = 1; i < NF; i++) if ($i == "mousemove") { $(i+1) *= s; $(i+2) *= s }
        print }' "$script" > "$script.scaled" && mv "$script.scaled" "$script"
fi
QT_SCALE_FACTOR=$scale XDG_CONFIG_HOME="$config" \
    xvfb-run -a -s "-screen 0 $((1400 * scale))x$((860 * scale))x24" bash -c "
    '$binary' --demo & app=\$!
    bash '$script'
    import -window root '$out'
    kill \$app"
rm -f "$script"
echo "wrote $out"
