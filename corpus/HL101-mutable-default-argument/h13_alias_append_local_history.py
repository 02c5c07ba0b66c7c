"""Shell history: the command is recorded through a local alias of the default list's append."""
import itertools


def remember(command, history=[]):  # expect: HL101 confirmed
    add = history.append
    command = command.strip()
    if command and not command.startswith(" "):
        add(command)
    return len(history)


def run_line(line):
    remember(line)
    return line.split()[0] if line.split() else ""


_lines = itertools.count()


def scenario():
    n = next(_lines)
    return run_line(f"git checkout feature-{n}")
