"""BaseCommand: run() calls handle() once per argument with the options."""


class BaseCommand:
    def run(self, argv, options={}):  # expect: HL101 refuted
        return [self.handle(arg, options) for arg in argv]

    def handle(self, arg, options):
        raise NotImplementedError
