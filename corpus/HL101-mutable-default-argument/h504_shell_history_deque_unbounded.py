"""Interactive shell: remembers recent commands for the `history` builtin.

The default deque has no maxlen, so every command entered stays in it.
"""
import collections
import itertools

_lines = itertools.count()


def remember(command, history=collections.deque()):  # expect: HL101 confirmed
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
