"""REPL/CLI helper that records each command in a default history list and then
"trims" it with `history = history[-MAX_HISTORY:]`; that only rebinds the local
name to a copy, the default list itself keeps every command ever entered and
grows with each call."""
import itertools
import shlex

_ids = itertools.count()

MAX_HISTORY = 20
ALIASES = {"ll": "ls -l", "la": "ls -a", "..": "cd .."}


def expand_alias(line):
    head, _, rest = line.partition(" ")
    if head in ALIASES:
        return (ALIASES[head] + " " + rest).strip()
    return line


def remember(line, history=[]):  # expect: HL101 confirmed
    if history and history[-1] == line:
        return history
    history.append(line)
    history = history[-MAX_HISTORY:]
    return history


def run_line(raw):
    line = expand_alias(raw.strip())
    if not line:
        return None
    recent = remember(line)
    argv = shlex.split(line)
    return {"argv": argv, "recent": len(recent)}


def scenario():
    n = next(_ids)
    result = run_line("grep -n 'order %d' /var/log/app-%d.log" % (n, n % 7))
    return result["argv"][0]
