from ..core import register
from ..errors import UsageError


def parse_flags(args):
    flags = {}
    for arg in args:
        if arg.startswith("--"):
            key, _, value = arg[2:].partition("=")
            flags[key] = value
    return flags


def deploy(args):
    if not args or args[0].startswith("--"):
        raise UsageError("usage: deploy SERVICE [--build=N]")
    build = parse_flags(args[1:]).get("build", "latest")
    return f"deployed {args[0]} (build {build})"


def rollback(args):
    if not args:
        raise UsageError("usage: rollback SERVICE")
    return f"rolled back {args[0]}"


register("deploy", deploy)
register("rollback", rollback)
