"""A tiny sub-command dispatcher: each Command registers its canonical name plus its aliases.

Command.__init__ stores the default `aliases` list itself and appends the canonical name to
it, so every Command built without explicit aliases pushes one more name into the one shared
default list, which grows by a string per call.
"""
import itertools

_ids = itertools.count()


class Command:
    def __init__(self, name, handler, help="", aliases=[]):  # expect: HL101 confirmed
        self.name = name
        self.handler = handler
        self.help = help
        self.aliases = aliases
        self.aliases.append(name)  # every spelling that dispatches here

    def __call__(self, argv):
        return self.handler(argv)


class CommandTable:
    def __init__(self):
        self._by_name = {}

    def register(self, command):
        for spelling in command.aliases:
            self._by_name.setdefault(spelling, command)
        return command

    def dispatch(self, argv):
        if not argv:
            raise SystemExit("usage: tool COMMAND [ARGS...]")
        command = self._by_name.get(argv[0])
        if command is None:
            raise SystemExit("unknown command: %s" % argv[0])
        return command(argv[1:])


def _echo(argv):
    return " ".join(argv)


def scenario():
    n = next(_ids)
    table = CommandTable()
    table.register(Command("sync-%d" % n, _echo, help="synchronise workspace %d" % n))
    return table.dispatch(["sync-%d" % n, "--dry-run", str(n)])
