"""Interactive shell: each command line is appended to a list default that
backs the up-arrow history. The list is trimmed in place with
del history[:-cap], the cap read from CONFIG["history_size"] (32), so the
default never holds more than 32 lines."""
import itertools

_ids = itertools.count()
CONFIG = {"history_size": 32, "prompt": ">>> "}


def record(line, history=[]):  # expect: HL101 refuted
    history.append(line.rstrip("\n"))
    cap = CONFIG["history_size"]
    if len(history) > cap:
        del history[:-cap]
    return history[-1]


def scenario():
    n = next(_ids)
    return record(f"select * from orders where id = {n} and status = 'open';\n")
