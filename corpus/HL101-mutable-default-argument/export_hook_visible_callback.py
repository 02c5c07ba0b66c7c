"""Audit hook: the default tag list is handed to the exporter the caller passes in.

The only caller in the module passes `_format_exporter`, which only reads the tags, so heaplint,
following the visible callers, sees the whole path and refutes the finding (CPython: no growth).
"""
import itertools


def export_event(name, exporter, tags=["audit"]):  # expect: HL101 refuted
    # `exporter` comes from the caller; every visible caller passes a function that only reads.
    return exporter(name, tags)


def _format_exporter(name, tags):
    return f"{name}: {', '.join(tags)}"


_ids = itertools.count()


def scenario():
    export_event(f"login-{next(_ids)}", _format_exporter)
