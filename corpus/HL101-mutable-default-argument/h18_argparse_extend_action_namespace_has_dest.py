"""argparse-style 'extend' action for --include: values are added to the list already on the namespace."""
import argparse
import itertools


# heaplint-todo: argparse.Action.__init__ is not modelled, so `self.dest` is unknown and getattr(namespace, dest, default) may return the default or not (heaplint: unknown)
def extend_dest(namespace, dest, values, default=[]):  # expect: HL101 refuted
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
    namespace = argparse.Namespace(include=[], verbose=False)
    action = ExtendAction(option_strings=["--include"], dest="include", nargs="+")
    action(None, namespace, [f"src/pkg{n}", f"tests/test_{n}.py"], "--include")
    return namespace.include
