"""Options shared by the deploy commands. `parse` fills a shared settings
namespace (the default) so other modules can read the current options.
`--tag` takes its values with nargs="*" and the store action, which
sets a new list on the namespace at every parse, so the shared namespace
only holds the latest parse's values."""
import argparse

PARSER = argparse.ArgumentParser(prog="deploy", add_help=False)
PARSER.add_argument("--env", choices=["staging", "prod"], default="staging")
PARSER.add_argument("--tag", nargs="*", default=[], metavar="TAG", help="labels for the release")
PARSER.add_argument("--dry-run", action="store_true")


def parse(argv, settings=argparse.Namespace()):  # expect: HL101 refuted
    return PARSER.parse_args(argv, namespace=settings)
