"""Build tool CLI: option_values() exposes the tool's default options as a
plain dict through vars() on a namespace default, and run_command() stores
each -Dname=value property define in the dict it got. vars() returns the
namespace's own __dict__, so every run's defines land on the shared
default namespace."""
import itertools
import types

_ids = itertools.count()


def option_values(defaults=types.SimpleNamespace(verbose=False, jobs=4)):  # expect: HL101 confirmed
    return vars(defaults)


def run_command(name, argv):
    opts = option_values()
    for arg in argv:
        if arg.startswith("-D"):
            key, _, value = arg[2:].partition("=")
            opts[key] = value
    return f"{name} jobs={opts['jobs']} defines={len(opts) - 2}"


def scenario():
    n = next(_ids)
    return run_command("package", [f"-Dbuild.number.{n}={n}", "-Dskip.tests=true"])
