"""Entry point: `toolbox COMMAND [ARGS...]`."""
from .commands import *  # noqa: F401,F403
from .telemetry import report


def dispatch(argv, repo):
    name, *args = argv
    if name == "stats":
        return report(COMMANDS["remote"].usage)  # noqa: F405
    command = COMMANDS.get(name)  # noqa: F405
    if command is None:
        return f"toolbox: {name!r} is not a toolbox command"
    return command(repo, args)
