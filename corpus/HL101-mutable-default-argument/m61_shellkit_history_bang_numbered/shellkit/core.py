"""Command table and dispatch for the shellkit shell."""
AFTER_COMMAND = []


def show_help(args):
    return "commands: " + ", ".join(sorted(REGISTRY))


def register(name, fn, table={}):  # expect: HL101 confirmed
    table[name] = fn
    return table


REGISTRY = register("help", show_help)


def after_command(hook):
    AFTER_COMMAND.append(hook)
    return hook


def dispatch(line, extra=()):
    name, *args = line.split()
    result = REGISTRY[name]([*args, *extra])
    for hook in AFTER_COMMAND:
        hook(line)
    return result
