"""Build a command table from the marked functions of a module object."""


def load(*modules):
    table = {}
    for module in modules:
        for value in vars(module).values():
            name = getattr(value, "cli_name", None)
            if name is not None:
                table[name] = value
    return table
