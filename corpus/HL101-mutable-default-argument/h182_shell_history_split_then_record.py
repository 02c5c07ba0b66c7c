"""Interactive admin shell: `run_line` tokenises the typed line with
shlex.split first and only then appends it to a `history` list default, so
only lines that parsed can be recalled. The operators in the scenario paste
commands with an unclosed quote; shlex raises ValueError before the append,
the REPL reports a syntax error, and the shared history stays empty."""
import itertools
import shlex

_sessions = itertools.count()

COMMANDS = {"grant": 2, "revoke": 2, "show": 1}


def run_line(line, history=[]):  # expect: HL101 refuted
    argv = shlex.split(line)
    history.append(line)
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
