"""Audit log: one caller hands events through an optional external sink first; another records straight into the default list."""
import itertools

try:
    from auditsink_ext import forward  # optional dependency, may be missing
except ImportError:
    def forward(event):
        return dict(event, forwarded=False)


def record(event, log=[]):  # expect: HL101 confirmed
    log.append((event["kind"], event["id"]))
    return len(log)


def from_external(event):
    return record(forward(event))


def on_login(user_id):
    return record({"kind": "login", "id": user_id})


_users = itertools.count()


def scenario():
    n = next(_users)
    on_login(n)
    return from_external({"kind": "export", "id": n})
