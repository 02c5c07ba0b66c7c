import argparse

from . import commands

parser = argparse.ArgumentParser(prog="shipctl")
subcommands = parser.add_subparsers(dest="command")
for name in ("deploy", "rollback"):
    command = subcommands.add_parser(name)
    command.add_argument("service")
    command.add_argument("--version")
    command.add_argument("--label", dest="labels", action="append")
    command.add_argument("--dry-run", action="store_true")


def main(argv):
    args = parser.parse_args(argv)
    handler = getattr(commands, args.command)
    return handler(args, dry_run=args.dry_run)
