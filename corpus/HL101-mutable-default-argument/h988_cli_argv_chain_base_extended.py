"""Git wrapper: every command line is the base options followed by the
caller's arguments. The list default is extended in place before being
chained with the trailing path spec, so each call's arguments accumulate."""
import itertools

_calls = itertools.count()


def build_argv(args, paths=(), base=["git", "--no-pager", "-c", "color.ui=never"]):  # expect: HL101 confirmed
    argv = base
    argv.extend(args)
    return list(itertools.chain(argv, ["--"], paths))


def scenario():
    n = next(_calls)
    argv = build_argv(["log", "--max-count=%d" % (n % 50 + 1), "--grep=fix-%d" % n], ["src/mod%d.py" % n])
    return " ".join(argv)
