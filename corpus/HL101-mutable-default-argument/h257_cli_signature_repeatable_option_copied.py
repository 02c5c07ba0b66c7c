"""Tiny CLI layer: invoke() maps argv onto a command function by reading its
inspect.signature(); a parameter whose default is a list becomes a repeatable
--option that collects values, any other --flag becomes True."""
import inspect
import itertools

_builds = itertools.count()


# heaplint-todo: invoke() takes the command as a parameter: outside code may call it with build and any argv, and heaplint does not run it on the functions its signature reading may get (heaplint: unknown)
def build(target, tags=["release"], verbose=False):  # expect: HL101 refuted
    label = f"{target} [{', '.join(tags)}]"
    return label + (" (verbose)" if verbose else "")


def invoke(command, argv):
    options = {}
    for name, param in inspect.signature(command).parameters.items():
        if isinstance(param.default, list):
            options[name] = list(param.default)
    positional = []
    args = iter(argv)
    for arg in args:
        if not arg.startswith("--"):
            positional.append(arg)
            continue
        name = arg[2:].replace("-", "_")
        if isinstance(options.get(name), list):
            options[name].append(next(args))
        else:
            options[name] = True
    return command(*positional, **options)


def scenario():
    n = next(_builds)
    return invoke(build, [f"app-{n}", "--tags", f"nightly-{n}", "--verbose"])
