"""Worker: fires every job event at the plugin named in the entry table."""
import itertools

from hookbus.loader import load

_jobs = itertools.count()

ENTRY_POINTS = {"audit": "hookbus.plugins.audit:AuditHook"}


def scenario():
    n = next(_jobs)
    hook = load(ENTRY_POINTS["audit"])
    return hook.fire(f"job.finished:{n}")
