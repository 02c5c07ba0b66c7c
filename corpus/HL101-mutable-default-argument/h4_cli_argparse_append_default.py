"""Deploy CLI: --tag uses action="append" with the function's default tag list as argparse's default."""
import argparse
import itertools


def parse_args(argv, tags=["deploy"]):  # expect: HL101 unknown
    parser = argparse.ArgumentParser(prog="deploy", add_help=False)
    parser.add_argument("--tag", action="append", default=tags)
    parser.add_argument("target")
    return parser.parse_args(argv)


_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    parse_args([f"web-{n}", "--tag", f"build-{n}", "--tag", "canary"])
