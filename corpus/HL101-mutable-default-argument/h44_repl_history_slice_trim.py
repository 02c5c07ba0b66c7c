"""REPL/CLI helper that records each command in a default history list and then
trims it in place with `history[:] = history[-MAX_HISTORY:]`; the slice
assignment rewrites the default list itself, so it never holds more than
MAX_HISTORY commands."""
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


def remember(line, history=[]):  # expect: HL101 refuted
    if history and history[-1] == line:
        return history
    history.append(line)
    history[:] = history[-MAX_HISTORY:]
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
