"""Concrete commands; migrate copies the applied list from the options."""
from appcli.app import AppCommand


class MigrateCommand(AppCommand):
    def setup(self, options):
        self.applied = list(options.get("applied", ()))

    def execute(self, argv):
        self.applied.extend(argv)
        return len(self.applied)


class ShowmigrationsCommand(AppCommand):
    def execute(self, argv):
        return sorted(argv)
