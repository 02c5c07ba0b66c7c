"""Workflow checkpoints: the set of state kinds seen (a handful) is pickled into a BytesIO alongside each state."""
import io
import itertools
import pickle

KINDS = ("queued", "running", "done")


def checkpoint(state, kinds_seen=set()):  # expect: HL101 unknown
    kinds_seen.add(state["kind"])
    buf = io.BytesIO()
    pickle.dump({"state": state, "kinds": kinds_seen}, buf, protocol=pickle.HIGHEST_PROTOCOL)
    return buf.getvalue()


_steps = itertools.count()


def scenario():
    n = next(_steps)
    blob = checkpoint({"id": n, "kind": KINDS[n % 3], "payload": [n] * 3})
    return len(blob)
