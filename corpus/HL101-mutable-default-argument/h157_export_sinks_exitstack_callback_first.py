"""CSV export: each export opens an in-memory sink, registers it in a dict
default of open sinks (for an admin "active exports" view) and lets an
ExitStack close it. The callback that unregisters the sink is pushed right
after registering, so even an export whose row has a stray field
(DictWriter raises ValueError) is unregistered on the way out."""
import contextlib
import csv
import io
import itertools

_ids = itertools.count()


def export(export_id, header, rows, open_sinks={}):  # expect: HL101 refuted
    with contextlib.ExitStack() as stack:
        sink = stack.enter_context(io.StringIO())
        open_sinks[export_id] = sink
        stack.callback(open_sinks.pop, export_id, None)
        writer = csv.DictWriter(sink, fieldnames=header)
        writer.writeheader()
        writer.writerows(rows)
        return sink.getvalue()


def scenario():
    n = next(_ids)
    out = export(f"export-{n:06d}-ok", ["id", "total"], [{"id": n, "total": n * 3}])
    try:
        export(f"export-{n:06d}-bad", ["id", "total"], [{"id": n, "note": "x"}])
    except ValueError:
        pass
    return out
