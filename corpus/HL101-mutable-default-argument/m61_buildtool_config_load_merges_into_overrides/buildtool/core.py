from .config import load


def register(name, fn, table={}):  # expect: HL101 refuted
    table[name] = fn
    return table


REGISTRY = register("help", lambda args, settings: sorted(REGISTRY))


def split_argv(argv):
    name, rest = argv[0], argv[1:]
    defines = [rest[i + 1] for i, arg in enumerate(rest[:-1]) if arg == "-D"]
    args = [a for i, a in enumerate(rest) if a != "-D" and (i == 0 or rest[i - 1] != "-D")]
    return name, args, defines


def run(argv):
    name, args, defines = split_argv(argv)
    settings = load(defines)
    return REGISTRY[name](args, settings)
