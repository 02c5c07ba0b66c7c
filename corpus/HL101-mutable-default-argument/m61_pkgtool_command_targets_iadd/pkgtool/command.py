"""Base class for pkgtool commands: splits argv into options and targets."""


class Command:
    name = None

    def __init__(self, argv, targets=[]):  # expect: HL101 confirmed
        self.options = {}
        self.targets = targets
        for arg in argv:
            if arg.startswith("--"):
                key, _, value = arg[2:].partition("=")
                self.options[key.replace("-", "_")] = value or True
            else:
                self.targets += [arg]

    def execute(self):
        raise NotImplementedError
