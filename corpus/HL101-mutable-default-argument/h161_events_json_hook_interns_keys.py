"""Event ingestion: JSON event batches are decoded with an object_hook that
interns keys through a default `pool` dict so repeated keys share one
object. Only keys are interned and every event uses the same few keys, so
the pool fills with that fixed set on the first batch and stops growing."""
import itertools
import json

_batches = itertools.count()


def load_events(payload, pool={}):  # expect: HL101 refuted
    def intern_strings(obj):
        return {pool.setdefault(k, k): v for k, v in obj.items()}
    return json.loads(payload, object_hook=intern_strings)


def scenario():
    n = next(_batches)
    batch = [{"id": "evt-%d-%d" % (n, i), "kind": "click", "at": "2024-01-01T00:%02d:%02d" % (n % 60, i)} for i in range(3)]
    events = load_events(json.dumps({"events": batch, "source": "web"}))
    return len(events["events"])
