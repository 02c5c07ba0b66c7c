"""Span ids for distributed tracing (W3C-style 128-bit ids)."""
import itertools

_span_ids = itertools.count(1)


def next_id():
    return f"{next(_span_ids):032x}"
