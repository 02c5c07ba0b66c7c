"""Base class of every shipit command."""


class Command:
    def __init__(self, argv, options={}):  # expect: HL101 refuted
        self.argv = list(argv)
        self.options = options

    def run(self):
        raise NotImplementedError
