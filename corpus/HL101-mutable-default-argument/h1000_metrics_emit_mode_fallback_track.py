"""Metrics client: emit() sends one sample. The options decide the mode; in
"track" mode a recorder keeps the samples in the options under "samples" so a
later flush can resend them, otherwise the sample is just formatted."""
import itertools

_ticks = itertools.count(1)


class _Recorder:
    def __init__(self, options):
        self.options = options

    def record(self, line):
        self.options.setdefault("samples", []).append(line)
        return line


def emit(name, value, options={}):  # expect: HL101 confirmed
    mode = options.get("mode", "track")
    line = f"{options.get('prefix', 'app')}.{name}:{value}|g"
    if mode == "track":
        return _Recorder(options).record(line)
    return line


def scenario():
    n = next(_ticks)
    return emit(f"queue_depth_{n}", n % 97)
