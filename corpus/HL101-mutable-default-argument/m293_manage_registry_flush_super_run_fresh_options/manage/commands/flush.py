"""flush: overrides run() to split the targets, then defers to the base with a fresh dict."""
from manage.base import BaseCommand


class FlushCommand(BaseCommand):
    def run(self, argv, options=None):
        self.kinds = sorted({arg.partition(":")[0] for arg in argv})
        return super().run(argv, {})

    def handle(self, arg, options):
        options[arg] = "flushed"
