"""Subcommand classes for a `pkg` CLI: the base Command stores its aliases
list (a list default); plugin commands, built per invocation and mostly with
no aliases of their own, call super().__init__() and then append their short
alias to it. The dispatcher matches argv[0] against the `names` property."""
import itertools

_runs = itertools.count()


class Command:
    def __init__(self, name, aliases=[]):  # expect: HL101 confirmed
        self.name = name
        self.aliases = aliases

    @property
    def names(self):
        return (self.name, *self.aliases)

    def run(self, args):
        return "%s %s" % (self.name, " ".join(args))


class PluginCommand(Command):
    def __init__(self, name, short=None, **kwargs):
        super().__init__(name, **kwargs)
        if short:
            self.aliases.append(short)


def dispatch(argv, commands):
    for command in commands:
        if argv[0] in command.names:
            return command.run(argv[1:])
    return "pkg: unknown command %r" % argv[0]


def scenario():
    n = next(_runs)
    commands = [Command("install", aliases=["i", "add"]), PluginCommand("audit-%d" % n, short="a%d" % n)]
    return dispatch(["a%d" % n, "--fix"], commands)
