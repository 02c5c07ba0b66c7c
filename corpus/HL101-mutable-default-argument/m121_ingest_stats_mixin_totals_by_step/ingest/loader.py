"""Runs a batch through the steps named in PIPELINE, imported by module name."""
from importlib import import_module

PIPELINE = ("parse", "dedupe")


def run(batch_id, rows):
    for name in PIPELINE:
        step = import_module(f"{__package__}.plugins.{name}").Step(batch_id)
        rows = step.process(rows)
    return len(rows)
