"""Event pipeline: imports dedupe under an alias and keeps a module-level alias of first_time."""
import dedupe as dd

is_new = dd.first_time


def process(events):
    return [e["type"] for e in events if is_new(e["id"])]
