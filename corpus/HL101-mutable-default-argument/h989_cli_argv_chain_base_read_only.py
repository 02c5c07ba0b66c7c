"""Git wrapper: every command line is the base options followed by the
caller's arguments. The list default is only read: itertools.chain builds
a new command line from it, the arguments and the trailing path spec."""
import itertools

_calls = itertools.count()


def build_argv(args, paths=(), base=["git", "--no-pager", "-c", "color.ui=never"]):  # expect: HL101 refuted
    argv = itertools.chain(base, args)
    return list(itertools.chain(argv, ["--"], paths))


def scenario():
    n = next(_calls)
    argv = build_argv(["log", "--max-count=%d" % (n % 50 + 1), "--grep=fix-%d" % n], ["src/mod%d.py" % n])
    return " ".join(argv)
