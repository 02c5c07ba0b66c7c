from .tips import *


def register(name, fn, table={}):  # expect: HL101 refuted
    table[name] = fn
    return table


REGISTRY = register("help", lambda args: sorted(REGISTRY))


def dispatch(argv, shown=set()):  # expect: HL101 refuted
    name, *args = argv
    output = REGISTRY[name](args)
    key = name
    if key not in shown:
        shown.add(key)
        hint = tip_for(name)
        if hint:
            output = f"{output}\n{hint}"
    return output
