"""buildtool: a build-and-test command line tool, `buildtool CMD TARGET [-eKEY=VALUE ...]`."""
from .commands import COMMANDS

__all__ = ["main"]


def parse_env(args):
    return dict(arg[2:].partition("=")[::2] for arg in args if arg.startswith("-e"))


def main(argv):
    name, target, *rest = argv
    command = COMMANDS[name]().with_overrides(parse_env(rest))
    return command.run(target)
