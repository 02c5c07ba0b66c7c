"""CLI option parser: each invocation starts from a copy of the defaults and appends every --include path to its options."""
import itertools


def parse_args(argv, defaults={"verbose": False, "include": [], "output": "-"}):  # expect: HL101 confirmed
    opts = dict(defaults)
    args = iter(argv)
    for arg in args:
        if arg == "-v":
            opts["verbose"] = True
        elif arg == "--include":
            opts["include"].append(next(args))
        elif arg == "-o":
            opts["output"] = next(args)
    return opts


_runs = itertools.count()


def scenario():
    n = next(_runs)
    opts = parse_args(["-v", "--include", f"src/pkg{n}", "-o", f"out{n}.txt"])
    return opts["output"], len(opts["include"])
