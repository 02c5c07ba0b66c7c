"""Deploy CLI: a TagAction (argparse.Action) collects every --tag into a list
on the namespace. Its __init__ passes its `default=[]` on to Action, so each
parser seeds the namespace with that same list, but __call__ (run by
parse_args) copies the list before appending and stores the copy, so the
default itself is only read and stays empty."""
import argparse
import itertools

_runs = itertools.count()


class TagAction(argparse.Action):
    # heaplint-todo: it flows into `argparse.Action.__init__()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, option_strings, dest, default=[], **kwargs):  # expect: HL101 refuted
        super().__init__(option_strings, dest, default=default, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        tags = list(getattr(namespace, self.dest))
        tags.append(values.lower())
        setattr(namespace, self.dest, tags)


def parse_cli(argv):
    parser = argparse.ArgumentParser(prog="deploy")
    parser.add_argument("--tag", action=TagAction)
    parser.add_argument("service")
    return parser.parse_args(argv)


def scenario():
    n = next(_runs)
    args = parse_cli([f"billing-{n}", "--tag", f"Release-{n}", "--tag", f"Canary-{n % 7}"])
    return len(args.tag)
