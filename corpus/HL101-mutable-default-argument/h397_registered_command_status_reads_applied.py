"""CLI framework: commands register themselves with @command(name) and
dispatch() runs the one named on the command line. BaseCommand.run() passes
its state to handle(); the app only runs status, which reads it."""
import itertools

_runs = itertools.count()
_REGISTRY = {}


def command(name):
    def register(cls):
        _REGISTRY[name] = cls
        return cls
    return register


class BaseCommand:
    # heaplint-todo: the command is picked from a registry filled by a decorator; run as outside code would, MigrateCommand.handle may store, and the application's `status` dispatch is not followed (heaplint: unknown)
    def run(self, argv, state={}):  # expect: HL101 refuted
        return self.handle(argv, state)


@command("migrate")
class MigrateCommand(BaseCommand):
    def handle(self, argv, state):
        state.setdefault("applied", []).extend(argv)
        return len(state["applied"])


@command("status")
class StatusCommand(BaseCommand):
    def handle(self, argv, state):
        return [name for name in argv if name in state.get("applied", ())]


def dispatch(name, argv):
    return _REGISTRY[name]().run(argv)


def scenario():
    n = next(_runs)
    return dispatch("status", [f"0{n}_add_orders_index"])
