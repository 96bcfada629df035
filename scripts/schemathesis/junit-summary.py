"""Reads schemathesis's JUnit report: prints what was tested and found, exits 1 on any finding.
A test case with <failure> is a finding about the API; one with <error> is the tool failing on its own
(reported, not counted as a finding).

    python3 junit-summary.py <role> <report.xml>
"""
import sys
import xml.etree.ElementTree as ET

role, path = sys.argv[1], sys.argv[2]
try:
    cases = list(ET.parse(path).getroot().iter("testcase"))
except (OSError, ET.ParseError) as error:
    print(f"schemathesis: {role}: no report ({error})")
    sys.exit(1)
failures = [case.get("name") for case in cases if case.find("failure") is not None]
errors = [case.get("name") for case in cases if case.find("error") is not None]
if not cases:
    print(f"schemathesis: {role}: the report names no operation: nothing was tested")
    sys.exit(1)
print(f"schemathesis: {role}: {len(cases)} operations, {len(failures)} with findings, {len(errors)} tool errors")
for name in errors:
    print(f"  tool error (not a finding): {name}")
for name in failures:
    print(f"  finding: {name}")
sys.exit(1 if failures else 0)
