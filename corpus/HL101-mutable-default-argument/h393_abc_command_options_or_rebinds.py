"""CLI framework with abc: Command.execute() is abstract; Command.run() hands
its options to it. ExportCommand, picked from the registry, merges each
exported table with options | {...}, which builds a new dict."""
import abc
import itertools

_runs = itertools.count()


class Command(abc.ABC):
    def run(self, argv, options={}):  # expect: HL101 refuted
        return self.execute(argv, options)

    @abc.abstractmethod
    def execute(self, argv, options):
        ...


class ExportCommand(Command):
    def execute(self, argv, options):
        options = options | {table: f"{table}.csv" for table in argv}
        return sorted(options)[-1]


REGISTRY = {"export": ExportCommand}


def scenario():
    n = next(_runs)
    return REGISTRY["export"]().run([f"orders_{n}"])
