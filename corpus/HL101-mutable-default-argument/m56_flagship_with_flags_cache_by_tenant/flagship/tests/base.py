import functools
import unittest

from .. import flags as fl


def with_flags(*groups, _loaded={}):  # expect: HL101 confirmed
    def decorate(test):
        @functools.wraps(test)
        def wrapper(self):
            for group in groups:
                key = (self.tenant, group)
                if key not in _loaded:
                    _loaded[key] = fl.load_defaults(group)
                self.flags.update(_loaded[key])
            return test(self)
        return wrapper
    return decorate


class FlagTestCase(unittest.TestCase):
    tenant = "default"

    def setUp(self):
        self.flags = fl.FlagSet(self.tenant)
