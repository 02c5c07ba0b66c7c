"""Turn `notes SUBCOMMAND ARGS...` into commands.SUBCOMMAND(*ARGS)."""
from . import commands


def dispatch(argv):
    name = argv[0].replace("-", "_")
    handler = getattr(commands, name, None)
    if handler is None or name.startswith("_"):
        return f"notes: no command {argv[0]!r}"
    return handler(*argv[1:])
