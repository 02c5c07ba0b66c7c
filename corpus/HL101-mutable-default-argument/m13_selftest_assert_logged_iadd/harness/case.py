class SmokeCase:
    baseline_messages = ["session opened", "session closed"]

    def __init__(self, **params):
        self.params = params
        self.records = []

    def expected_messages(self):
        return self.baseline_messages

    def log(self, message):
        self.records.append(message)

    def assertEqual(self, first, second):
        if first != second:
            raise AssertionError(f"{first!r} != {second!r}")

    def assertLogged(self, expected=[]):  # expect: HL101 confirmed
        expected += self.expected_messages()
        missing = [m for m in expected if m not in self.records]
        self.assertEqual(missing, [])
