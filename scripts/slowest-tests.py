#!/usr/bin/env python3
"""Prints the slowest tests (and the total per test class) from the .trx files the test run wrote."""
import re, sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

def seconds(duration):
    h, m, s = duration.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)

results = []
for path in sys.argv[1:]:
    for r in ET.parse(path).getroot().iterfind(".//t:UnitTestResult", ns):
        if r.get("duration"):
            results.append((seconds(r.get("duration")), r.get("testName")))
per_class = {}
for d, name in results:
    cls = re.sub(r"\(.*", "", name).rsplit(".", 1)[0]
    per_class[cls] = per_class.get(cls, 0) + d
print("Slowest test classes (sum of their tests' durations):")
for cls, d in sorted(per_class.items(), key=lambda x: -x[1])[:20]:
    print(f"  {d:8.1f} s  {cls}")
print("Slowest tests:")
for d, name in sorted(results, reverse=True)[:15]:
    print(f"  {d:8.1f} s  {name[:150]}")
