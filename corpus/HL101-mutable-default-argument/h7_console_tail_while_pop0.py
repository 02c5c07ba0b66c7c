"""Admin console: keeps the last eight output lines; each command adds two and the oldest are popped in a while loop."""
import itertools

MAX_LINES = 8


def echo_command(cmd, output, scrollback=[]):  # expect: HL101 refuted
    scrollback.append(f"$ {cmd}")
    scrollback.append(output)
    while len(scrollback) > MAX_LINES:
        scrollback.pop(0)
    return "\n".join(scrollback)


_cmds = itertools.count()


def scenario():
    n = next(_cmds)
    echo_command(f"status --job {n}", f"job {n}: ok ({n * 3} ms)")
