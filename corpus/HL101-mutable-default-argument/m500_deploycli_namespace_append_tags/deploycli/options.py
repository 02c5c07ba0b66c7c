"""Options shared by the deploy commands. `parse` fills a shared settings
namespace (the default) so other modules can read the current options.
`--tag` uses the append action, which copies the list already on the
namespace and adds to it: on the shared namespace every parse adds the new
tags to those of all earlier parses."""
import argparse

PARSER = argparse.ArgumentParser(prog="deploy", add_help=False)
PARSER.add_argument("--env", choices=["staging", "prod"], default="staging")
PARSER.add_argument("--tag", action="append", metavar="TAG", help="label the release (repeatable)")
PARSER.add_argument("--dry-run", action="store_true")


def parse(argv, settings=argparse.Namespace()):  # expect: HL101 confirmed
    return PARSER.parse_args(argv, namespace=settings)
