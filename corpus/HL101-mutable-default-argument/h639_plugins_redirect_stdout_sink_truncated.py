"""Plugin runner: legacy plugins report progress with print(); the runner
captures it with contextlib.redirect_stdout into the `sink` default and
returns what this run printed. The sink is rewound and truncated before
each run, so it only ever holds one run's output."""
import contextlib
import io
import itertools

_runs = itertools.count()


def legacy_plugin(payload):
    print(f"processing {payload['id']}")
    print(f"wrote {len(payload['rows'])} rows")
    return len(payload["rows"])


# heaplint-todo: `contextlib.redirect_stdout` keeps the sink while the body runs; heaplint does not follow where `print` writes (heaplint: unknown)
def run_plugin(plugin, payload, sink=io.StringIO()):  # expect: HL101 refuted
    sink.seek(0)
    sink.truncate()
    with contextlib.redirect_stdout(sink):
        result = plugin(payload)
    return result, sink.getvalue()


def scenario():
    n = next(_runs)
    payload = {"id": f"upload-{n}", "rows": list(range(n % 5))}
    return run_plugin(legacy_plugin, payload)
