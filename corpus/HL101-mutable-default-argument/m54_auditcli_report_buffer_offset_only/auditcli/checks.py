"""The individual release checks; each yields (name, passed, detail)."""

MARKS = {True: "ok  ", False: "FAIL"}
LICENSES = frozenset({"MIT", "Apache-2.0", "BSD-3-Clause", "MPL-2.0"})


def run_checks(meta):
    version = meta.get("version", "")
    yield "has a version", bool(version), version
    yield "semantic version", version.count(".") == 2, ""
    name = meta.get("name", "")
    yield "lower-case name", name == name.lower(), name
    license_id = meta.get("license")
    yield "approved license", license_id in LICENSES, license_id or "missing"
