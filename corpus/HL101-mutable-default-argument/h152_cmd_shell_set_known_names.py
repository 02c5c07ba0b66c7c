"""Admin shell built on cmd.Cmd: onecmd() finds do_<word> with getattr.
`set NAME=VALUE` stores the variable in a dict default, but names outside
`settable` are rejected before the store, and these sessions only try
per-session names, so the shared dict is never written."""
import cmd
import io
import itertools

_sessions = itertools.count()


class AdminShell(cmd.Cmd):
    settable = ("editor", "pager", "prompt")

    # heaplint-todo: the store at line 20 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
    def do_set(self, arg, _env={}):  # expect: HL101 refuted
        name, _, value = arg.partition("=")
        if name.strip() not in self.settable:
            self.stdout.write(f"*** unknown setting: {name.strip()}\n")
            return
        _env[name.strip()] = value.strip()
        self.stdout.write(f"{name.strip()} = {value.strip()}\n")

    def do_show(self, arg):
        self.stdout.write(f"{arg}\n")


def scenario():
    n = next(_sessions)
    shell = AdminShell(stdin=io.StringIO(), stdout=io.StringIO())
    shell.onecmd(f"set session_token_{n}=tok-{n:08d}-abcdefgh")
    shell.onecmd(f"show session_token_{n}")
    return shell.stdout.getvalue()
