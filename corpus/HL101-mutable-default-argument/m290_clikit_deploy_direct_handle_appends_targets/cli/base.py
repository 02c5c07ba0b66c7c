"""BaseCommand: run() parses argv with the add_arguments() hook, then calls
handle() with the options."""


class BaseCommand:
    def run(self, argv, options={}):  # expect: HL101 confirmed
        parser = {}
        self.add_arguments(parser)
        flags = {flag for flag in argv if flag.startswith("--")}
        for name, flag in parser.items():
            options[name] = flag in flags
        return self.handle([a for a in argv if a not in flags], options)

    def add_arguments(self, parser):
        pass

    def handle(self, args, options):
        raise NotImplementedError
