"""Command registry: command modules add their classes; main() runs one per invocation."""


class Registry:
    def __init__(self):
        self.commands = {}

    def add(self, cls):
        self.commands[cls.name] = cls
        return cls

    def create(self, name):
        return self.commands[name]()


registry = Registry()


def main(argv):
    name, *args = argv
    if name == "help":
        return registry.create(args[0]).describe()
    command = registry.create(name)
    return command.run(**command.parse(args))
