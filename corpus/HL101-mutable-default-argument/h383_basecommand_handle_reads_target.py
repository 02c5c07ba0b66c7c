"""CLI framework: BaseCommand.run() builds a parser dict through the
add_arguments() hook and hands the options to handle(). The deploy command
picked from COMMANDS only reads the target it was given."""
import itertools

_runs = itertools.count()


class BaseCommand:
    def run(self, argv, options={}):  # expect: HL101 refuted
        parser = {}
        self.add_arguments(parser)
        options["target"] = argv[0] if argv else parser.get("target")
        return self.handle(options)

    def add_arguments(self, parser):
        pass

    def handle(self, options):
        raise NotImplementedError


class DeployCommand(BaseCommand):
    def add_arguments(self, parser):
        parser["target"] = "staging"

    def handle(self, options):
        self.verbosity = options.get("verbosity", 1)
        return f"deployed {options['target']}"


COMMANDS = {"deploy": DeployCommand}


def scenario():
    n = next(_runs)
    return COMMANDS["deploy"]().run([f"release-{n}"])
