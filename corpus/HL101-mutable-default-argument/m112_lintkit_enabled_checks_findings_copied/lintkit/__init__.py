"""lintkit: runs the checks named in ENABLED, each a module under lintkit.checks."""
import importlib

ENABLED = ["line_length", "trailing_space"]


def run(source):
    findings = []
    for name in ENABLED:
        module = importlib.import_module(f"{__name__}.checks.{name}")
        findings.extend(module.Check().run(source))
    return findings
