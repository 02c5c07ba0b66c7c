from .history import *

HANDLERS = {}


def command(name):
    def decorator(fn):
        HANDLERS[name] = fn
        return fn

    return decorator


@command("deploy")
def deploy(args, recent):
    flags = dict(a[2:].partition("=")[::2] for a in args if a.startswith("--"))
    targets = [a for a in args if not a.startswith("--")]
    if not targets:
        raise ValueError("deploy: no target given")
    return "deploying build %s to %s" % (flags.get("build", "latest"), targets[0])


@command("history")
def show_history(args, recent):
    limit = int(args[0]) if args else MAX_HISTORY
    return "\n".join("%3d  %s" % (i, line) for i, line in enumerate(recent[:limit], 1))


def run(argv):
    if not argv:
        return 2, "usage: tk <command> [args...]"
    name, *args = argv
    handler = HANDLERS.get(name.lower())
    if handler is None:
        return 2, "tk: unknown command %r" % name
    recent = remember(argv)
    try:
        return 0, handler(args, recent)
    except ValueError as exc:
        return 1, str(exc)
