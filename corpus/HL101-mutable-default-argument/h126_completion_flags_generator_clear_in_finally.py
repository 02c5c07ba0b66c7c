"""Option-name completion for an argparse CLI: `iter_flags` yields each
matching flag once per destination (so -o/--output is offered only once),
remembering emitted dests in a set default that it empties in a `finally`.
The completer takes only the first match and drops the generator; closing
it on release runs the `finally`, so the set is empty again."""
import argparse
import itertools

_runs = itertools.count()


def iter_flags(parser, prefix, _emitted=set()):  # expect: HL101 refuted
    try:
        for action in parser._actions:
            for flag in action.option_strings:
                if flag.startswith(prefix) and action.dest not in _emitted:
                    _emitted.add(action.dest)
                    yield flag
    finally:
        _emitted.clear()


def first_completion(parser, prefix):
    for flag in iter_flags(parser, prefix):
        return flag
    return None


def scenario():
    n = next(_runs)
    parser = argparse.ArgumentParser(prog="render")
    parser.add_argument("-o", "--output")
    parser.add_argument("--preset-%d-file" % n, "--preset-%d" % n)
    return first_completion(parser, "--preset-%d" % n)
