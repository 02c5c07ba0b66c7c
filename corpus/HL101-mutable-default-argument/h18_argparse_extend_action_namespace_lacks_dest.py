"""argparse-style 'extend' action for --include: values are added to the list already on the namespace; this namespace is built by hand without the include attribute, so getattr falls back to the default."""
import argparse
import itertools


# heaplint-todo: run without the interpreter's standard library source (the in-process corpus test), argparse.Action.__init__ is not followed, so `self.dest` is unknown and `setattr(namespace, dest, items)` hands the default to an attribute heaplint cannot name; with the source (the CLI) it is confirmed (heaplint: unknown)
def extend_dest(namespace, dest, values, default=[]):  # expect: HL101 confirmed
    items = getattr(namespace, dest, default)
    items.extend(values)
    setattr(namespace, dest, items)
    return items


class ExtendAction(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        extend_dest(namespace, self.dest, values)


_builds = itertools.count()


def scenario():
    n = next(_builds)
    namespace = argparse.Namespace(verbose=False)
    action = ExtendAction(option_strings=["--include"], dest="include", nargs="+")
    action(None, namespace, [f"src/pkg{n}", f"tests/test_{n}.py"], "--include")
    return namespace.include
