import unittest

__all__ = ["ResourceTestCase"]


class ResourceTestCase(unittest.TestCase):
    """Test case owning one named resource, tracked by key so open ones can be listed on failure."""

    def __init__(self, methodName="runTest", param=None):
        super().__init__(methodName)
        self.param = param

    def open_resource(self):
        return {"name": self.param, "handles": [], "flags": set()}

    def setUp(self, registry={}):  # expect: HL101 refuted
        self.key = f"{type(self).__name__}:{self.param}"
        self.resource = registry[self.key] = self.open_resource()
        self.addCleanup(registry.pop, self.key, None)
