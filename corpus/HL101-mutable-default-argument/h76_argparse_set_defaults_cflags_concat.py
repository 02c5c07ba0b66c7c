"""Build tool front end: argparse turns -D defines into compiler flags on top of the base flags."""
import argparse
import itertools
import shlex


# heaplint-todo: it flows into `parser.set_defaults()`, which heaplint cannot see (heaplint: unknown)
def parse_build_args(argv, base_cflags=["-O2", "-Wall"]):  # expect: HL101 refuted
    parser = argparse.ArgumentParser(prog="build", add_help=False)
    parser.add_argument("target")
    parser.add_argument("-D", dest="defines", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--debug", action="store_true")
    parser.set_defaults(cflags=base_cflags)
    args = parser.parse_args(argv)
    args.cflags = args.cflags + [f"-D{d}" for d in args.defines]
    if args.debug:
        args.cflags = args.cflags + ["-g"]
    return args


def compile_command(argv):
    args = parse_build_args(argv)
    return shlex.join(["cc", *args.cflags, "-c", f"{args.target}.c", "-o", f"{args.target}.o"])


_builds = itertools.count()


def scenario():
    n = next(_builds)
    return compile_command([f"src/unit_{n}", "-D", f"BUILD_ID={n}", "-D", "NDEBUG"])
