"""BaseCommand.run() hands the options to the handle() hook of the subclass."""


class BaseCommand:
    def run(self, argv, options={}):  # expect: HL101 confirmed
        for arg in argv:
            self.handle(arg, options)
        return len(options)

    def handle(self, arg, options):
        raise NotImplementedError
