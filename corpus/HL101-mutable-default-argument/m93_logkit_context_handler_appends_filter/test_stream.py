"""Unit tests for logkit.ContextStreamHandler."""
import io
import itertools
import unittest

from logkit import ContextStreamHandler

_requests = itertools.count(1)


class ContextStreamHandlerTests(unittest.TestCase):
    def setUp(self):
        self.request_id = f"req-{next(_requests):06d}"
        self.stream = io.StringIO()
        self.handler = ContextStreamHandler(self.stream, self.request_id)

    def test_line_carries_request_id(self):
        record = {"levelno": 20, "msg": "checkout started"}
        self.assertTrue(self.handler.handle(record))
        self.assertEqual(self.stream.getvalue(), f"[{self.request_id}] INFO: checkout started\n")

    def test_debug_is_dropped(self):
        record = {"levelno": 10, "msg": "cart loaded"}
        self.assertFalse(self.handler.handle(record))
        self.assertEqual(self.stream.getvalue(), "")
