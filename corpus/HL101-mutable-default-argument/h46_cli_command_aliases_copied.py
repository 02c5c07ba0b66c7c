"""A tiny sub-command dispatcher: each Command registers its canonical name plus its aliases.

Command.__init__ builds a fresh list from the canonical name and the default `aliases`, so the
shared empty default is only read and never grows, however many commands are built.
"""
import itertools

_ids = itertools.count()


class Command:
    def __init__(self, name, handler, help="", aliases=[]):  # expect: HL101 refuted
        self.name = name
        self.handler = handler
        self.help = help
        self.aliases = [name, *aliases]  # a fresh list per command

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
