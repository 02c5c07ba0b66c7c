"""Entry point: `opsctl [--region=R] COMMAND [ARGS...]`."""
from .commands import COMMANDS
from .context import Context, UsageError


def main(argv, ctx=Context("opsctl")):  # expect: HL101 refuted
    args = list(argv)
    while args and args[0].startswith("--"):
        key, _, value = args.pop(0)[2:].partition("=")
        ctx.params[key] = value or True
    if not args:
        return 2, f"usage: {ctx.prog} [--region=R] COMMAND [ARGS...]"
    name, *rest = args
    command = COMMANDS.get(name)
    if command is None:
        return 2, f"{ctx.prog}: no such command {name!r}"
    sub = ctx.child(name)
    try:
        return 0, command(sub, rest)
    except UsageError as exc:
        return 2, f"usage: {sub.prog} {exc}"
