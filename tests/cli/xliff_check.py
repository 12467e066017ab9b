#!/usr/bin/env python3
"""Strict structural check of an XLIFF 2.0 file as `primer translate export` writes it.

The OASIS schema (xliff_core_2.0.xsd) is not vendored here, so this checks what it would
for the subset Primer writes, and more: the namespace and version, srcLang/trgLang, one
<file> with an id, units with unique NMTOKEN ids, each with optional <notes> then exactly
one <segment> (state initial or translated) holding one <source> and at most one
<target>, in that order, with no other elements or attributes; and that a segment has a
target exactly when its state is "translated".

  xliff_check.py FILE SRC TRG UNITS   exit 0 when it holds, else print why and exit 1
"""
import re
import sys
import xml.etree.ElementTree as ET

X = "{urn:oasis:names:tc:xliff:document:2.0}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NMTOKEN = re.compile(r"^[A-Za-z0-9._:-]+$")


def fail(why):
    print(f"xliff_check: {sys.argv[1]}: {why}")
    sys.exit(1)


def only(element, allowed):
    extra = set(element.attrib) - set(allowed)
    if extra:
        fail(f"<{element.tag}> has unexpected attributes {sorted(extra)}")


path, src, trg, expected_units = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
root = ET.parse(path).getroot()
if root.tag != X + "xliff":
    fail(f"the root is {root.tag}")
only(root, ["version", "srcLang", "trgLang"])
if root.get("version") != "2.0" or root.get("srcLang") != src or root.get("trgLang") != trg:
    fail(f"version/srcLang/trgLang are {root.attrib}")
files = list(root)
if len(files) != 1 or files[0].tag != X + "file" or not files[0].get("id"):
    fail("there must be exactly one <file> with an id")
only(files[0], ["id", "canResegment", XML_SPACE])
ids = set()
for unit in files[0]:
    if unit.tag != X + "unit":
        fail(f"<file> holds {unit.tag}")
    only(unit, ["id"])
    uid = unit.get("id", "")
    if not NMTOKEN.match(uid) or uid in ids:
        fail(f"unit id {uid!r} is not an NMTOKEN or repeats")
    ids.add(uid)
    children = list(unit)
    if children and children[0].tag == X + "notes":
        for note in children[0]:
            if note.tag != X + "note":
                fail(f"{uid}: <notes> holds {note.tag}")
            only(note, ["category"])
        children = children[1:]
    if len(children) != 1 or children[0].tag != X + "segment":
        fail(f"{uid}: a unit must hold exactly one <segment>")
    segment = children[0]
    only(segment, ["state"])
    parts = [child.tag for child in segment]
    if parts not in ([X + "source"], [X + "source", X + "target"]):
        fail(f"{uid}: a segment holds {parts}")
    for part in segment:
        only(part, [])
        if list(part):
            fail(f"{uid}: <{part.tag}> holds elements; Primer writes plain text")
    translated = len(parts) == 2
    if segment.get("state") != ("translated" if translated else "initial"):
        fail(f"{uid}: state {segment.get('state')!r} with{'' if translated else 'out'} a target")
    if not (segment[0].text or "").strip():
        fail(f"{uid}: empty source")
if len(ids) != expected_units:
    fail(f"{len(ids)} units, expected {expected_units}")
