"""Subcommand registry for an `ops` CLI: a decorator records each handler in
a dict default, and it is only applied while the module is imported. Each
invocation looks its command up (via the function attribute) and parses."""
import argparse
import itertools

_runs = itertools.count()


def command(name, help="", registry={}):  # expect: HL101 refuted
    def register(func):
        registry.setdefault(name, (func, help))
        func.registry = registry
        return func
    return register


@command("status", help="show service status")
def status(args):
    return "%s is up" % args.service


@command("restart", help="restart a service")
def restart(args):
    return "restarting %s" % args.service


def main(argv):
    func, text = status.registry.get(argv[0], (None, ""))
    if func is None:
        return "ops: unknown command %r" % argv[0]
    parser = argparse.ArgumentParser(prog="ops " + argv[0], description=text)
    parser.add_argument("service")
    args = parser.parse_args(argv[1:], namespace=argparse.Namespace(command=argv[0]))
    return func(args)


def scenario():
    n = next(_runs)
    return main(["restart" if n % 2 else "status", "svc-%d" % n])
