"""Tiny argparse front end: subcommands are registered with a decorator and dispatched by name."""
import argparse
import itertools


class CommandLine:
    def __init__(self, prog, handlers={}):  # expect: HL101 refuted
        self.handlers = dict(handlers)
        self.parser = argparse.ArgumentParser(prog=prog)
        self.subparsers = self.parser.add_subparsers(dest="command", required=True)

    def command(self, name, help=None):
        def register(func):
            sub = self.subparsers.add_parser(name, help=help)
            sub.add_argument("--dry-run", action="store_true")
            self.handlers[name] = func
            return func
        return register

    def run(self, argv):
        ns = self.parser.parse_args(argv)
        return self.handlers[ns.command](ns)


_invocations = itertools.count()


def scenario():
    n = next(_invocations)
    cli = CommandLine(f"deploy-{n}")

    @cli.command(f"sync-{n}", help="sync one environment")
    def sync(ns):
        return ("sync", n, ns.dry_run)

    return cli.run([f"sync-{n}", "--dry-run"])
