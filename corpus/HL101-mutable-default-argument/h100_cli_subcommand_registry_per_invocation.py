"""Subcommand registry for an `ops` CLI: a decorator records handlers in a dict
default, and `main()` applies it to each run's plugin commands, which then stay."""
import argparse
import itertools

_runs = itertools.count()


def command(name, help="", registry={}):  # expect: HL101 confirmed
    def register(func):
        registry.setdefault(name, (func, help))
        func.registry = registry
        return func
    return register


@command("status", help="show service status")
def status(args):
    return "%s is up" % args.service


def run_plugin(args):
    return "%s via %s" % (args.service, args.command)


def main(argv, plugins=()):
    for plugin in plugins:
        command(plugin, help="plugin command %s" % plugin)(run_plugin)
    func, text = status.registry.get(argv[0], (None, ""))
    if func is None:
        return "ops: unknown command %r" % argv[0]
    parser = argparse.ArgumentParser(prog="ops " + argv[0], description=text)
    parser.add_argument("service")
    args = parser.parse_args(argv[1:], namespace=argparse.Namespace(command=argv[0]))
    return func(args)


def scenario():
    n = next(_runs)
    return main(["backup-%d" % n, "svc-%d" % n], plugins=("backup-%d" % n,))
