"""AppCommand: handle() calls setup() with the options, then execute()."""
from appcli.base import BaseCommand


class AppCommand(BaseCommand):
    def handle(self, argv, options):
        self.setup(options)
        return self.execute(argv)

    def setup(self, options):
        pass

    def execute(self, argv):
        raise NotImplementedError
