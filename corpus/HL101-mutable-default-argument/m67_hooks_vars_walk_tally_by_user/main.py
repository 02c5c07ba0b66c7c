"""Event intake: every incoming record goes through the enabled plugins' hooks."""
import itertools

import app

_events = itertools.count()


def scenario():
    n = next(_events)
    record = {"id": n, "user": f"user-{n}", "kind": ("click", "view", "buy")[n % 3]}
    return app.ingest(record)
