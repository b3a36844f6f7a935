#!/usr/bin/python3
"""The window as a screen reader meets it over the real AT-SPI bus: finds the running FlowScope
on the accessibility bus, walks every object it shows, and fails on a control that has no name
(what Orca would announce as just "button"), on a table without column headers, and on a
window that is not there at all. Usage: walk.py [APP-NAME] [MIN-CONTROLS]"""

import sys
import time

import pyatspi

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
    pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST, pyatspi.ROLE_SLIDER, pyatspi.ROLE_LINK,
}
CELLS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_LIST}


def find_app(name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name and name in app.name.lower():
                return app
        time.sleep(0.5)
    return None


def walk(node, path, found, problems, depth=0):
    if node is None or depth > 40:
        return
    try:
        role = node.getRole()
        name = (node.name or "").strip()
        states = node.getState()
    except Exception:  # an object gone while walking
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    here = path + "/" + node.getRoleName() + (f"[{name}]" if name else "")
    if role in CONTROLS:
        found.append(here)
        if not name:
            problems.append(f"no name: {here}")
    if role == pyatspi.ROLE_TABLE:
        try:
            table = node.queryTable()
            headers = [table.getColumnDescription(c) for c in range(table.nColumns)]
            if table.nColumns and not any(h.strip() for h in headers):
                problems.append(f"a table without column headers: {here}")
        except NotImplementedError:
            problems.append(f"a table that is not one to AT-SPI: {here}")
    if role in CELLS:
        return  # cells are named by their data
    for i in range(min(node.childCount, 500)):
        walk(node.getChildAtIndex(i), here, found, problems, depth + 1)


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "flowscope"
    least = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    app = find_app(name)
    if app is None:
        print(f"walk.py: no application '{name}' on the accessibility bus")
        return 2
    found, problems = [], []
    for i in range(app.childCount):
        walk(app.getChildAtIndex(i), "", found, problems)
    print(f"walk.py: {len(found)} controls shown, {len(problems)} problems")
    for f in found:
        print("  shown: " + f)
    for p in problems:
        print("  " + p)
    if len(found) < least:
        print(f"walk.py: fewer than {least} controls: the window is not what was walked")
        return 1
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
