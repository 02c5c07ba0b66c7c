"""`auditcli check key=value...`: audit one release's metadata."""
from .checks import run_checks
from .render import PlainReport


def check(argv):
    meta = dict(arg.split("=", 1) for arg in argv if "=" in arg)
    report = PlainReport(f"audit of {meta.get('name', '?')} {meta.get('version', '')}")
    failures = 0
    for name, passed, detail in run_checks(meta):
        report.item(name, passed, detail)
        failures += not passed
    return failures, report.getvalue()
