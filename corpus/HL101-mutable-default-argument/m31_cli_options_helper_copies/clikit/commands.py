"""Command table and dispatcher."""
from .options import parse_options, positional

COMMANDS = {}


def command(func):
    COMMANDS[func.__name__] = func
    return func


def invoke(argv):
    name, *rest = positional(argv)
    return COMMANDS[name](*rest, **dict(parse_options(argv)))


@command
def deploy(*targets, service="web", replicas="1", dry_run=False):
    plan = [f"{service}@{t}" for t in targets] or [service]
    return {"plan": plan, "replicas": int(replicas), "dry_run": dry_run}
