"""Admin shell: remembers the last 20 commands in a bounded deque."""
import collections
import itertools


def remember(command, history=collections.deque(maxlen=20)):  # expect: HL101 refuted
    history.append(command)
    return list(history)[-5:]


def execute(line):
    recent = remember(line.strip())
    return f"ok ({len(recent)} recent)"


_commands = itertools.count()


def scenario():
    n = next(_commands)
    execute(f"  user show {n}  ")
