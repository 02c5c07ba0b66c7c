"""Telemetry ingest: parse_feed() decodes a JSON feed with an object_hook
closure that indexes every decoded object carrying an "id" in the
`_by_id={}` default, so later deltas can patch it. This feed uses the
compact format, events as [id, cpu, host] arrays: json only calls
object_hook for JSON objects, so the hook never runs and the dict stays
empty."""
import itertools
import json

_polls = itertools.count()


# heaplint-todo: `parse_feed.<locals>.hook`, which can store into it at line 16, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
def parse_feed(text, _by_id={}):  # expect: HL101 refuted
    def hook(obj):
        if "id" in obj:
            _by_id[obj["id"]] = obj
        return obj

    return json.loads(text, object_hook=hook)


def scenario():
    n = next(_polls)
    events = [[f"evt-{n}-{i}", (n * 7 + i) % 100, f"web{i}"] for i in range(3)]
    return len(parse_feed(json.dumps(events)))
