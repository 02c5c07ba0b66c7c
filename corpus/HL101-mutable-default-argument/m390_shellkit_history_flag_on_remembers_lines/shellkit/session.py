from .history import previous, remember
from .settings import MAX_ARGS

COMMANDS = {
    "add": lambda args: sum(int(a) for a in args),
    "echo": lambda args: " ".join(args),
}


def run(line, history=[]):  # expect: HL101 confirmed
    """Run one command line; `!!` repeats the previous one."""
    if line.strip() == "!!":
        line = previous(history) or ""
    remember(history, line)
    name, *args = line.split() or [""]
    if len(args) > MAX_ARGS:
        return f"{name}: too many arguments"
    command = COMMANDS.get(name)
    if command is None:
        return f"{name}: command not found"
    return str(command(args))
