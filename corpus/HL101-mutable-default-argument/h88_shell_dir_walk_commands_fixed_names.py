"""Admin shell: commands are do_* methods found with dir(); the table maps each command name to the bound method of the current session (rebound every call)."""
import itertools


class AdminShell:
    def __init__(self, user):
        self.user = user

    def do_whoami(self, arg):
        return self.user

    def do_echo(self, arg):
        return arg.upper()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 18 (heaplint: unknown)
def command_table(shell, table={}):  # expect: HL101 refuted
    for name in dir(shell):
        if name.startswith("do_"):
            table[name[3:]] = getattr(shell, name)
    return table


def run(shell, line, **options):
    cmd, _, arg = line.partition(" ")
    return command_table(shell, **options)[cmd](arg)


_logins = itertools.count()


def scenario():
    n = next(_logins)
    return run(AdminShell(f"admin{n}"), f"echo hello {n}")
