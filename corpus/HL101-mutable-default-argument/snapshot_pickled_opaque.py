"""Session store that pickles its state; the default tag list goes through pickle, which heaplint does not model."""
import itertools
import pickle


def snapshot(session_id, state, tags=["session"]):  # expect: HL101 unknown
    # pickle.dumps only reads `tags`, but heaplint cannot see inside it: whether it keeps them is unknown.
    return pickle.dumps((session_id, state, tags))


_ids = itertools.count()


def scenario():
    n = next(_ids)
    snapshot(f"s-{n}", {"user": n, "cart": [n, n + 1]})
