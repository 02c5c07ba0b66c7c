class CheckCase:
    """unittest.TestCase look-alike: comparison helpers that raise on mismatch."""

    failureException = AssertionError

    def assertEqual(self, first, second, ignore_keys=[]):  # expect: HL101 refuted
        if isinstance(first, dict) and ignore_keys:
            first = {k: v for k, v in first.items() if k not in ignore_keys}
            second = {k: v for k, v in second.items() if k not in ignore_keys}
        if first != second:
            raise self.failureException(f"{first!r} != {second!r}")

    def assertIn(self, member, container, allowed=()):
        if member not in container and member not in allowed:
            raise self.failureException(f"{member!r} not found")

    def setUp(self):
        pass
