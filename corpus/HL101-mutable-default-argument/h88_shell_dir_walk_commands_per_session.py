"""Admin shell: the dir()-built command table is nested per session user with setdefault, so every login adds its own sub-table."""
import itertools


class AdminShell:
    def __init__(self, user):
        self.user = user

    def do_whoami(self, arg):
        return self.user

    def do_echo(self, arg):
        return arg.upper()


def command_table(shell, table={}):  # expect: HL101 confirmed
    commands = table.setdefault(shell.user, {})
    for name in dir(shell):
        if name.startswith("do_"):
            commands[name[3:]] = getattr(shell, name)
    return commands


def run(shell, line, **options):
    cmd, _, arg = line.partition(" ")
    return command_table(shell, **options)[cmd](arg)


_logins = itertools.count()


def scenario():
    n = next(_logins)
    return run(AdminShell(f"admin{n}"), f"echo hello {n}")
