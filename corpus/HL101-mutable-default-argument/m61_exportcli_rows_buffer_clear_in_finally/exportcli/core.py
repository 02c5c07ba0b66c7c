"""Command table and a runner that turns bad input into an exit status."""


def register(name, fn, table={}):  # expect: HL101 refuted
    table[name] = fn
    return table


REGISTRY = register("formats", lambda args: sorted(REGISTRY))


def run(argv):
    name, *args = argv
    try:
        return 0, REGISTRY[name](args)
    except (KeyError, ValueError) as exc:
        return 2, f"error: {exc}"
