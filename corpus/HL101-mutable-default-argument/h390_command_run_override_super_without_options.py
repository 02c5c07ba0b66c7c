"""CLI framework: BaseCommand.run() lets the handle() hook fill the options.
CollectStaticCommand overrides run() to log its start and calls
super().run(argv) without options, so the base default collects every file."""
import itertools

_runs = itertools.count()


class BaseCommand:
    def run(self, argv, options={}):  # expect: HL101 confirmed
        self.handle(argv, options)
        return len(options)

    def handle(self, argv, options):
        raise NotImplementedError


class CollectStaticCommand(BaseCommand):
    def run(self, argv, options=None):
        self.started = argv[0]
        return super().run(argv)

    def handle(self, argv, options):
        for path in argv:
            options[path] = f"static/{path}"


COMMANDS = {"collectstatic": CollectStaticCommand}


def scenario():
    n = next(_runs)
    return COMMANDS["collectstatic"]().run([f"css/app-{n}.css", f"js/app-{n}.js"])
