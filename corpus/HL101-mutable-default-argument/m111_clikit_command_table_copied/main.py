"""Script runner: each call wraps a fresh user script as a command and runs it."""
import itertools

import clikit

_scripts = itertools.count(1)


def scenario():
    n = next(_scripts)
    script = [f"echo step{i}" for i in range(n % 4 + 1)]
    table = clikit.command(f"run-{n}", lambda args: script + args)
    out = clikit.resolve([f"run-{n}", "--dry"], table)
    return out, clikit.resolve(["help"], clikit.core_commands.BASE)
