def register(name, fn, table={}):  # expect: HL101 refuted
    table[name] = fn
    return table


REGISTRY = register("commands", lambda argv: sorted(REGISTRY))


def run(argv):
    name, *rest = argv
    command = REGISTRY[name](rest)
    return command.execute() if hasattr(command, "execute") else command
