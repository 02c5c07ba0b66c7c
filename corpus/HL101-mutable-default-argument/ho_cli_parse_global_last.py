"""CLI front end: parses argv over a defaults dict and remembers the last parse."""
import itertools

LAST_OPTIONS = None


def parse_cli(argv, defaults={"verbose": False, "output": "-"}):  # expect: HL101 refuted
    global LAST_OPTIONS
    options = dict(defaults)
    for arg in argv:
        if arg == "-v":
            options["verbose"] = True
        elif arg.startswith("--output="):
            options["output"] = arg.split("=", 1)[1]
        else:
            options.setdefault("args", []).append(arg)
    LAST_OPTIONS = options
    return options


_runs = itertools.count()


def scenario():
    n = next(_runs)
    parse_cli(["-v", f"--output=report-{n}.csv", f"job-{n}"])
