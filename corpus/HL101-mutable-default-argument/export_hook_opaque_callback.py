"""Audit hook: the default tag list is handed to whatever exporter the caller passes in."""
import itertools


def export_event(name, exporter, tags=["audit"]):  # expect: HL101 unknown
    # `exporter` belongs to the caller: heaplint cannot see whether it keeps `tags`.
    return exporter(name, tags)


def _format_exporter(name, tags):
    return f"{name}: {', '.join(tags)}"


_ids = itertools.count()


def scenario():
    export_event(f"login-{next(_ids)}", _format_exporter)
