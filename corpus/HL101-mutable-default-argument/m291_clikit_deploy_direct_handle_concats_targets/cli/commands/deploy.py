"""deploy: pushes hosts; builds its host list from the options, never stores it."""
from cli.base import BaseCommand


class DeployCommand(BaseCommand):
    def add_arguments(self, parser):
        parser["fast"] = "--fast"

    def handle(self, args, options):
        deployed = list(options.get("deployed", ())) + args
        return f"deployed {', '.join(deployed)} fast={options['fast']}"
