"""Batch job: failures are kept with their traceback stripped; frames are freed but the exceptions still pile up."""
import itertools


def convert(raw):
    return float(raw.replace(",", "."))


def convert_all(values, failures=[]):  # expect: HL101 confirmed
    out = []
    for raw in values:
        try:
            out.append(convert(raw))
        except ValueError as exc:
            failures.append(exc.with_traceback(None))
    return out


_batches = itertools.count()


def scenario():
    n = next(_batches)
    convert_all([f"{n},5", f"n/a {n}"])
