#!/usr/bin/env python3
"""Fills the English plural forms in signalbox_en.ts from the source text's "(s)" convention:
"%n day(s) ago" becomes "%n day ago" / "%n days ago". Run by update.sh."""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source") or ""
    translation = message.find("translation")
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    for form in (re.sub(r"\(s\)", "", source), re.sub(r"\(s\)", "s", source)):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
with open(path, "r+", encoding="utf-8") as f:
    text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    f.seek(0); f.write(text if text.endswith("\n") else text + "\n"); f.truncate()
