#!/usr/bin/env python3
"""Every letter or symbol key a view or panel reads (typed('x'), typed_in_panel('x')) and every
Ctrl shortcut (pressed_with_ctrl('X')) in app/ui must be listed in the keyboard help
(help_panel.cpp, whose words are the [help.*] keys_N strings of assets/locales/en.toml), so
that no shortcut is undocumented. Usage: help_lists_every_key.py APP_UI_DIR"""
import pathlib
import re
import sys

ui = pathlib.Path(sys.argv[1])
help_source = (ui.parent.parent / "assets" / "locales" / "en.toml").read_text()
# The keys column of the help: each keys_N string in English.
listed = set()
for keys in re.findall(r'^keys_\d+ = "([^"]+)"', help_source, re.M):
    for token in re.split(r",|\bor\b|\band\b|[()]", keys):
        listed.add(token.strip().upper())

missing = []
for source in sorted(ui.glob("*.cpp")):
    text = source.read_text()
    for key in re.findall(r"\btyped(?:_in_panel)?\('(.)'\)", text):
        if key.upper() not in listed:
            missing.append(f"{source.name}: the key {key.upper()}")
    for key in re.findall(r"\bpressed_with_ctrl\('(.)'\)", text):
        if f"CTRL+{key}" not in listed:
            missing.append(f"{source.name}: Ctrl+{key}")
if missing:
    print("Keys read by the views but missing from the keyboard help (help_panel.cpp):")
    print("\n".join("  " + m for m in missing))
    sys.exit(1)
print(f"every key the views read is in the keyboard help ({len(listed)} keys listed)")
