"""REPL history: the shell sets history.limit from its config before use; this config keeps the last 20 lines."""
import itertools

CONFIG = {"prompt": ">>> ", "history_limit": "20"}


class History:
    def __init__(self):
        self.limit = None

    def record(self, line, _lines=[]):  # expect: HL101 refuted
        _lines.append(line)
        if self.limit is not None:
            del _lines[:-self.limit]
        return len(_lines)


HISTORY = History()


def start_shell(config):
    HISTORY.limit = int(config["history_limit"])
    return config["prompt"]


PROMPT = start_shell(CONFIG)
_lines = itertools.count()


def scenario():
    n = next(_lines)
    return HISTORY.record(f"{PROMPT}select * from orders where id = {n}")
