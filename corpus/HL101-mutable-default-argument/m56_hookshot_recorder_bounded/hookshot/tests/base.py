import json
import unittest

from hookshot import Dispatcher, RecordingTransport


class HookTestCase(unittest.TestCase):
    endpoint = "https://hooks.example.test/in"

    def make_dispatcher(self, transport=RecordingTransport(limit=10)):  # expect: HL101 refuted
        return Dispatcher(self.endpoint, transport)

    def assertLastPosted(self, dispatcher, event, **data):
        url, body = dispatcher.transport.sent[-1]
        self.assertEqual(url, self.endpoint)
        self.assertEqual(json.loads(body), {"event": event, "data": data})
