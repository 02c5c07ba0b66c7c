import functools
import unittest

from .. import flags as fl


def with_flags(*groups, _loaded={}):  # expect: HL101 refuted
    def decorate(test):
        @functools.wraps(test)
        def wrapper(self):
            for group in groups:
                if group not in _loaded:
                    _loaded[group] = fl.load_defaults(group)
                self.flags.update(_loaded[group])
            return test(self)
        return wrapper
    return decorate


class FlagTestCase(unittest.TestCase):
    tenant = "default"

    def setUp(self):
        self.flags = fl.FlagSet(self.tenant)
