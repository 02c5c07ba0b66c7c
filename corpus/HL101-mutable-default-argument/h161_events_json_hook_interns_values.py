"""Event ingestion: JSON event batches are decoded with an object_hook that
interns strings through a default `pool` dict so repeated strings share
one object. The hook interns the string values too, and those carry
per-event ids and timestamps, so the pool gains new entries every batch."""
import itertools
import json

_batches = itertools.count()


def load_events(payload, pool={}):  # expect: HL101 confirmed
    def intern_strings(obj):
        return {pool.setdefault(k, k): pool.setdefault(v, v) if isinstance(v, str) else v for k, v in obj.items()}
    return json.loads(payload, object_hook=intern_strings)


def scenario():
    n = next(_batches)
    batch = [{"id": "evt-%d-%d" % (n, i), "kind": "click", "at": "2024-01-01T00:%02d:%02d" % (n % 60, i)} for i in range(3)]
    events = load_events(json.dumps({"events": batch, "source": "web"}))
    return len(events["events"])
