"""Access checks: every request builds the resource it touches."""
import itertools

from audit.resources import AuditedResource as Res

_requests = itertools.count()


def scenario():
    n = next(_requests)
    doc = Res(f"doc-{n}")
    return doc.allows("audit:read"), doc.allows(f"audit:doc-{n}")
