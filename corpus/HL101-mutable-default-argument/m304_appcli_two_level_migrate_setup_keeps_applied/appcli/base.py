"""BaseCommand: run() passes argv and options to handle()."""


class BaseCommand:
    def run(self, argv, options={}):  # expect: HL101 confirmed
        return self.handle(argv, options)

    def handle(self, argv, options):
        raise NotImplementedError
