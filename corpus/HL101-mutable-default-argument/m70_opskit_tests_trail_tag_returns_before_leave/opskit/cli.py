"""Entry point: `opskit NAME --opt=value ...` dispatches to a registered command."""
COMMANDS = {}


def command(name):
    def register(fn):
        COMMANDS[name] = fn
        return fn
    return register


def main(argv):
    if not argv or argv[0] not in COMMANDS:
        return 2, f"usage: opskit {{{','.join(sorted(COMMANDS))}}} ..."
    return COMMANDS[argv[0]](argv[1:])
