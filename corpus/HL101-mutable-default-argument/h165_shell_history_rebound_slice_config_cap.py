"""Interactive shell: each command line is appended to a list default that
backs the up-arrow history. The trim history = history[-cap:] only rebinds
the local name to a trimmed copy; the default list itself is never
shortened, so it keeps every line ever entered."""
import itertools

_ids = itertools.count()
CONFIG = {"history_size": 32, "prompt": ">>> "}


def record(line, history=[]):  # expect: HL101 confirmed
    history.append(line.rstrip("\n"))
    cap = CONFIG["history_size"]
    if len(history) > cap:
        history = history[-cap:]
    return history[-1]


def scenario():
    n = next(_ids)
    return record(f"select * from orders where id = {n} and status = 'open';\n")
