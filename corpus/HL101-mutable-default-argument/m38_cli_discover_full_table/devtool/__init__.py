"""devtool: a tiny project task runner."""
from .discovery import iter_commands

__version__ = "0.4.1"
COMMAND_MODULES = ("build", "status", "publish")


def usage():
    return "usage: devtool {%s} [options]" % ",".join(COMMAND_MODULES)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(usage())
        return 0
    name, rest = argv[0].lower(), argv[1:]
    commands = dict(iter_commands(__name__, COMMAND_MODULES))
    if name in commands:
        return commands[name].run(rest)
    raise SystemExit("devtool: unknown command %r\n%s" % (name, usage()))
