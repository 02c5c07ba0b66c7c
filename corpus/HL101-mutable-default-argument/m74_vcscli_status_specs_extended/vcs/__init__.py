"""vcs: a tiny version-control front end; one subcommand module per command."""
from . import cmd_push, cmd_status
from .builder import describe

COMMANDS = {"push": cmd_push, "status": cmd_status}


def run(argv):
    """Dispatch `argv` (without the program name) to its subcommand module."""
    name, *rest = argv
    module = COMMANDS[name]
    parser = module.make_parser()
    args = parser.parse_args(rest)
    if args.verbose:
        print("options:", " ".join(describe(parser)))
    return module.run(args)
