"""Dispatch: find the handler module for an event type by name."""
import importlib


def _handler(kind):
    module = importlib.import_module(f".handlers.{kind}", __package__)
    return getattr(module, "handle")


def deliver_batch(events):
    seen = {}  # redeliveries are deduplicated within one batch
    results = []
    for event in events:
        handle = _handler(event["type"])
        results.append(handle(event, seen))
    return results
