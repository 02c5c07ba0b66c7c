"""Command tables: command name -> callable taking the argument list."""
__all__ = ["register", "resolve"]


def register(name, command, table={}):  # expect: HL101 refuted
    """Return a new table: the given one plus name -> command."""
    table = {**table, name: command}
    return table


def resolve(argv, table, aliases={}):  # expect: HL101 refuted
    name = aliases.get(argv[0], argv[0])
    if name not in table:
        raise SystemExit(f"unknown command {name!r}")
    return table[name](argv[1:])
