"""CLI front end: repeated --tag options are collected on top of the tags a caller pre-seeds."""
import argparse
import itertools


# heaplint-todo: argparse is not modelled: the default flows into add_argument(default=...) and parse_args may append to it (heaplint: unknown)
def parse_cli(argv, tags=[]):  # expect: HL101 refuted
    parser = argparse.ArgumentParser(prog="deploy", add_help=False)
    parser.add_argument("service")
    parser.add_argument("--tag", dest="tags", action="append", default=tags)
    parser.add_argument("--dry-run", action="store_true")
    return parser.parse_args(argv)


def main(argv):
    args = parse_cli(argv)
    return f"{args.service}:{','.join(args.tags)}:{args.dry_run}"


_runs = itertools.count()


def scenario():
    n = next(_runs)
    return len(main([f"svc{n}", "--tag", f"build-{n}", "--tag", "canary"]))
