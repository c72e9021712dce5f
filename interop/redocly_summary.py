"""Prints a redocly lint JSON report by severity and rule; exits 1 on errors."""
import collections
import json
import sys

version, path = sys.argv[1], sys.argv[2]
report = json.load(open(path))
counts = collections.Counter((p["severity"], p["ruleId"]) for p in report["problems"])
print(f"{version}: {report['totals']['errors']} errors, {report['totals']['warnings']} warnings")
for (severity, rule), n in sorted(counts.items()):
    print(f"  {severity:5} {rule}: {n}")
sys.exit(1 if report["totals"]["errors"] else 0)
