"""Tests for a webhook dispatcher, using a recording stand-in for the HTTP transport."""
import itertools
import json
import unittest

_ids = itertools.count()


class RecordingTransport:
    def __init__(self, sent=[]):  # expect: HL101 refuted
        self.sent = sent

    def post(self, url, body):
        self.sent.append((url, body))
        return 202


class Dispatcher:
    def __init__(self, transport, endpoint):
        self.transport = transport
        self.endpoint = endpoint

    def fire(self, event, payload):
        body = json.dumps({"event": event, "data": payload}, sort_keys=True)
        return self.transport.post(self.endpoint, body)


class DispatcherTests(unittest.TestCase):
    def setUp(self):
        self.transport = RecordingTransport()
        self.dispatcher = Dispatcher(self.transport, "https://hooks.test/in")

    def tearDown(self):
        self.transport.sent.clear()

    def test_fire_posts_json(self):
        n = next(_ids)
        self.assertEqual(self.dispatcher.fire("order.paid", {"order": n}), 202)
        url, body = self.transport.sent[-1]
        self.assertEqual(url, "https://hooks.test/in")
        self.assertEqual(json.loads(body)["data"]["order"], n)


def scenario():
    DispatcherTests("test_fire_posts_json").debug()
