"""Ingest pipeline: dict payloads are buffered for a bulk insert, strings are parsed inline."""
import itertools


def ingest(payload, bulk_buffer=[]):  # expect: HL101 confirmed
    if isinstance(payload, dict):
        bulk_buffer.append(payload)
        return "buffered"
    if isinstance(payload, str):
        return payload.partition("=")[2]
    return "skipped"


_events = itertools.count()


def scenario():
    n = next(_events)
    ingest({"event": "click", "id": n, "target": f"button-{n % 12}"})
