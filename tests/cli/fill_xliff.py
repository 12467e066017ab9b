#!/usr/bin/env python3
"""A stand-in translator for the round-trip test: gives every unit of an XLIFF 2.0 file a
target (its source with " [LANG]" after it, which keeps any Markdown intact) and marks it
translated, as a translation tool would.

  fill_xliff.py IN OUT LANG
"""
import sys
import xml.etree.ElementTree as ET

X = "urn:oasis:names:tc:xliff:document:2.0"
ET.register_namespace("", X)
source_file, out_file, lang = sys.argv[1:4]
tree = ET.parse(source_file)
for segment in tree.getroot().iter(f"{{{X}}}segment"):
    target = segment.find(f"{{{X}}}target")
    if target is None:
        target = ET.SubElement(segment, f"{{{X}}}target")
    target.text = segment.find(f"{{{X}}}source").text + f" [{lang}]"
    segment.set("state", "translated")
tree.write(out_file, encoding="UTF-8", xml_declaration=True)
