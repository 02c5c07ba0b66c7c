"""deploy: pushes hosts; remembers every host it deployed in the options."""
from cli.base import BaseCommand


class DeployCommand(BaseCommand):
    def add_arguments(self, parser):
        parser["fast"] = "--fast"

    def handle(self, args, options):
        options.setdefault("deployed", []).extend(args)
        return f"deployed {', '.join(args)} fast={options['fast']}"
