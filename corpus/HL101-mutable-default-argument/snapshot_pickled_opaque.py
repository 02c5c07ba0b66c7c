"""Session store that pickles its state; the default tag list only goes through pickle.dumps, which reads it."""
import itertools
import pickle


def snapshot(session_id, state, tags=["session"]):  # expect: HL101 refuted
    # pickle.dumps only reads `tags`: it returns new bytes and keeps no reference to what it pickled.
    return pickle.dumps((session_id, state, tags))


_ids = itertools.count()


def scenario():
    n = next(_ids)
    snapshot(f"s-{n}", {"user": n, "cart": [n, n + 1]})
