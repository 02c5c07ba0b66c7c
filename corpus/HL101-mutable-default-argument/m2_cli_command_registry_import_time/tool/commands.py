"""The tool's commands, registered once at import with tool.registry.command."""
from .registry import command


@command("count")
def count_lines(args):
    return sum(1 for line in args if line.strip())


@command("upper")
def upper(args):
    return [a.upper() for a in args]


@command("join")
def join(args):
    return ",".join(args)
