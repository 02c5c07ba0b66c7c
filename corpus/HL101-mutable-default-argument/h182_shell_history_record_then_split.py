"""Interactive admin shell: `run_line` appends every typed line to a `history`
list default (so the up-arrow can recall it) *before* tokenising it with
shlex.split. The operators in the scenario paste commands with an unclosed
quote; shlex raises ValueError and the REPL reports a syntax error, but the
line is already in the shared history, which grows on every call."""
import itertools
import shlex

_sessions = itertools.count()

COMMANDS = {"grant": 2, "revoke": 2, "show": 1}


def run_line(line, history=[]):  # expect: HL101 confirmed
    history.append(line)
    argv = shlex.split(line)
    if not argv or argv[0] not in COMMANDS:
        return f"unknown command: {line!r}"
    return f"{argv[0]} with {len(argv) - 1} argument(s)"


def repl_step(line):
    try:
        return run_line(line)
    except ValueError as exc:
        return f"syntax error: {exc}"


def scenario():
    n = next(_sessions)
    return repl_step(f'grant role-{n} "ops team {n}')
