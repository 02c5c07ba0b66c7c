"""Plugin runner: legacy plugins report progress with print(); the runner
captures it with contextlib.redirect_stdout into the `sink` default and
returns what this run printed, reading from where the run started.
redirect_stdout only swaps sys.stdout, so the sink keeps all earlier runs."""
import contextlib
import io
import itertools

_runs = itertools.count()


def legacy_plugin(payload):
    print(f"processing {payload['id']}")
    print(f"wrote {len(payload['rows'])} rows")
    return len(payload["rows"])


# heaplint-todo: `contextlib.redirect_stdout` keeps the sink while the body runs; heaplint does not follow where `print` writes (heaplint: unknown)
def run_plugin(plugin, payload, sink=io.StringIO()):  # expect: HL101 confirmed
    start = sink.tell()
    with contextlib.redirect_stdout(sink):
        result = plugin(payload)
    sink.seek(start)
    return result, sink.read()


def scenario():
    n = next(_runs)
    payload = {"id": f"upload-{n}", "rows": list(range(n % 5))}
    return run_plugin(legacy_plugin, payload)
