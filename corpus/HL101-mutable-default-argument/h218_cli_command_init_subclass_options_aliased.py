"""CLI framework (click-style declarations): Command subclasses declare their
flags as class keywords, and __init_subclass__ builds cls.options from the
`options=[...]` default that holds the flags every command accepts. Commands
are declared per invocation with type() from the loaded plugin's spec;
cls.options is the default itself, so `+=` extends the shared list with
every invocation's flags and it never shrinks."""
import itertools

_runs = itertools.count()


class Command:
    def __init_subclass__(cls, flags=(), options=["--verbose", "--help"], **kw):  # expect: HL101 confirmed
        super().__init_subclass__(**kw)
        cls.options = options
        cls.options += [f"--{flag}" for flag in flags]

    def parse(self, argv):
        unknown = [arg for arg in argv if arg not in self.options]
        if unknown:
            raise SystemExit(f"{type(self).__name__}: no such option {unknown[0]}")
        return {arg.lstrip("-").replace("-", "_"): True for arg in argv}


def declare(plugin, verbs):
    return type(f"{plugin.title()}Command", (Command,), {}, flags=verbs)


def scenario():
    n = next(_runs)
    cmd = declare(f"exporter{n}", (f"since-day-{n}", "dry-run"))
    return cmd().parse(["--verbose", f"--since-day-{n}"])
