"""CLI entry point: global option defaults sit in a default dict that each run only reads with .get()."""
import itertools


def run(argv, options={"verbose": False, "color": "auto", "jobs": 1}):  # expect: HL101 refuted
    verbose = "-v" in argv or options.get("verbose", False)
    color = options.get("color", "never")
    jobs = options.get("jobs", 1)
    files = [a for a in argv if not a.startswith("-")]
    prefix = "\x1b[1m" if color == "always" else ""
    return [f"{prefix}{name} (jobs={jobs}, verbose={verbose})" for name in files]


_runs = itertools.count()


def scenario():
    n = next(_runs)
    return run(["-v", f"build/{n}.o", f"src/{n}.c"] if n % 2 else [f"lib{n}.a"])
