"""Telemetry ingest: parse_feed() decodes a JSON feed with an object_hook
closure that indexes every decoded object carrying an "id" in the
`_by_id={}` default, so later deltas can patch it. This feed sends events as
JSON objects with fresh ids, so the hook runs for each one and every event
dict stays in the default."""
import itertools
import json

_polls = itertools.count()


def parse_feed(text, _by_id={}):  # expect: HL101 confirmed
    def hook(obj):
        if "id" in obj:
            _by_id[obj["id"]] = obj
        return obj

    return json.loads(text, object_hook=hook)


def scenario():
    n = next(_polls)
    events = [{"id": f"evt-{n}-{i}", "cpu": (n * 7 + i) % 100, "host": f"web{i}"} for i in range(3)]
    return len(parse_feed(json.dumps(events)))
