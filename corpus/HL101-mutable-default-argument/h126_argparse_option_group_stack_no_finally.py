"""argparse builder for a `backup` CLI: `option_group` is a context manager
that pushes the group title on a list default, so nested groups get a
"core / plugin" style heading. The title is popped after the `with` body,
but not when the body raises, and a plugin whose option clashes with a core
one makes add_argument raise (the builder reports it and skips the plugin)."""
import argparse
import itertools
from contextlib import contextmanager

_runs = itertools.count()


@contextmanager
# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 22 (heaplint: unknown)
def option_group(parser, title, _stack=[]):  # expect: HL101 confirmed
    _stack.append(title)
    yield parser.add_argument_group(" / ".join(_stack[-2:]))
    _stack.pop()


def build_parser(plugin):
    parser = argparse.ArgumentParser(prog="backup")
    with option_group(parser, "core") as core:
        core.add_argument("--target", default="s3")
        core.add_argument("--verbose", action="store_true")
    try:
        with option_group(parser, "plugin %s" % plugin) as extra:
            extra.add_argument("--%s-level" % plugin, type=int, default=1)
            extra.add_argument("--verbose", action="store_true")
    except argparse.ArgumentError as exc:
        parser.epilog = "skipped plugin %s: %s" % (plugin, exc)
    return parser


def scenario():
    n = next(_runs)
    parser = build_parser("zstd%d" % n)
    return parser.parse_args(["--target", "gs://bucket-%d" % n]).target, parser.epilog
