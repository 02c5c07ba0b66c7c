"""Scripted ops console on cmd.Cmd: cmdloop() calls the precmd hook for every
line, and precmd records it in the history deque given to __init__. The
default is one shared `collections.deque(maxlen=32)`, so it keeps only the
32 most recent commands; older lines are dropped as new ones arrive."""
import collections
import cmd
import io
import itertools

_sessions = itertools.count()


class OpsConsole(cmd.Cmd):
    prompt = ""

    # heaplint-todo: it flows into `cmd.Cmd.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, script, history=collections.deque(maxlen=32)):  # expect: HL101 refuted
        super().__init__(stdin=io.StringIO(script), stdout=io.StringIO())
        self.use_rawinput = False
        self.history = history

    def precmd(self, line):
        self.history.append(line)
        return line

    def do_restart(self, arg):
        self.stdout.write(f"restarting {arg}\n")

    def do_EOF(self, arg):
        return True


def scenario():
    n = next(_sessions)
    console = OpsConsole(f"restart worker-{n:06d}\nrestart scheduler-{n:06d}\n")
    console.cmdloop()
    return console.stdout.getvalue()
