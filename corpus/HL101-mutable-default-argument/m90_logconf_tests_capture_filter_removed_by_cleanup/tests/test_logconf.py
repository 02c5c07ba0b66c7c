import unittest

import logconf


class Capture:
    def __init__(self):
        self.messages = []

    def filter(self, record):
        self.messages.append(record["msg"])
        return True


class DictConfigTests(unittest.TestCase):
    app = "shop"  # main.py sets a fresh application name before each run

    def setUp(self):
        spec = {"loggers": {self.app: {}, self.app + ".db": {"level": "WARNING"}}}
        self.loggers = logconf.dict_config(spec)

    def capture(self, name):
        handler = self.loggers[name].handlers[0]
        seen = Capture()
        handler.addFilter(seen)
        self.addCleanup(handler.removeFilter, seen)
        return seen

    def test_info_reaches_app_handler(self):
        seen = self.capture(self.app)
        self.loggers[self.app].info(f"{self.app} started")
        self.assertEqual(seen.messages, [f"{self.app} started"])

    def test_db_logger_drops_info(self):
        seen = self.capture(self.app + ".db")
        self.loggers[self.app + ".db"].info("connected")
        self.assertEqual(seen.messages, [])
