"""CLI framework: BaseCommand.run() lets the handle() hook fill the options.
CollectStaticCommand overrides run() to log its start and calls
super().run(argv, {}) with its own fresh dict, so the base default stays empty."""
import itertools

_runs = itertools.count()


class BaseCommand:
    # heaplint-todo: the only subclass overrides `run` and always passes its own dict up, but `run` is public: outside code calling it without `options` grows the default (heaplint: unknown)
    def run(self, argv, options={}):  # expect: HL101 refuted
        self.handle(argv, options)
        return len(options)

    def handle(self, argv, options):
        raise NotImplementedError


class CollectStaticCommand(BaseCommand):
    def run(self, argv, options=None):
        self.started = argv[0]
        return super().run(argv, {})

    def handle(self, argv, options):
        for path in argv:
            options[path] = f"static/{path}"


COMMANDS = {"collectstatic": CollectStaticCommand}


def scenario():
    n = next(_runs)
    return COMMANDS["collectstatic"]().run([f"css/app-{n}.css", f"js/app-{n}.js"])
