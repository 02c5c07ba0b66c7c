"""Interactive shell: remembers recent commands for the `history` builtin.

The default deque has maxlen=20, so the oldest command is discarded once
it is full.
"""
import collections
import itertools

_lines = itertools.count()


def remember(command, history=collections.deque(maxlen=20)):  # expect: HL101 refuted
    if command.strip() and (not history or history[-1] != command):
        history.append(command)
    return list(history)[-10:]


def run_line(line):
    recent = remember(line)
    if line == "history":
        return "\n".join(recent)
    return "ran %r (%d in history)" % (line, len(recent))


def scenario():
    n = next(_lines)
    return run_line("grep -n TODO src/module_%d.py" % n)
