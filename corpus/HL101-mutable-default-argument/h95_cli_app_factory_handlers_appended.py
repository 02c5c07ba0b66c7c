"""Tiny CLI framework: make_cli() returns a subcommand decorator and a dispatcher; the test harness builds a fresh CLI per invocation."""
import itertools


def make_cli(prog, commands={}):  # expect: HL101 confirmed
    def command(name):
        def register(func):
            commands.setdefault(name, []).append(func)
            return func
        return register

    def run(argv):
        name, *args = argv or ["help"]
        handlers = commands.get(name)
        if not handlers:
            return f"{prog}: unknown command {name!r}"
        return handlers[-1](*args)

    return command, run


_runs = itertools.count()


def scenario():
    n = next(_runs)
    command, run = make_cli(f"tool-{n}")

    @command("build")
    def build(target="all"):
        return f"building {target} for run {n}"

    return run(["build", f"pkg{n}"]), run(["deploy"])
