"""Training loop: checkpoint() starts every snapshot from the base state,
copied with copy.copy (a shallow copy), adds the run and its step, and
returns the pickled bytes written to an in-memory buffer."""
import copy
import io
import itertools
import pickle

_steps = itertools.count()


def checkpoint(run_id, step, loss, base={"format": 3, "history": []}):  # expect: HL101 confirmed
    state = copy.copy(base)
    state["run"] = run_id
    state["history"].append((step, loss))
    buffer = io.BytesIO()
    pickle.dump(state, buffer, protocol=pickle.HIGHEST_PROTOCOL)
    return buffer.getvalue()


def scenario():
    n = next(_steps)
    blob = checkpoint(f"run-{n % 4}", n, round(1.0 / (n + 1), 6))
    return len(blob)
