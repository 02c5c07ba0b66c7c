"""Admin shell built on cmd.Cmd: onecmd() finds do_<word> with getattr.
`set NAME=VALUE` stores the variable in a dict default, so every variable
name ever set (one per session here) stays in the shared dict."""
import cmd
import io
import itertools

_sessions = itertools.count()


class AdminShell(cmd.Cmd):
    settable = ("editor", "pager", "prompt")

    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def do_set(self, arg, _env={}):  # expect: HL101 confirmed
        name, _, value = arg.partition("=")
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
