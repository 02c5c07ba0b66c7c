import unittest

from promlite import exporter
from shop import handlers


class ScrapeTests(unittest.TestCase):
    path = "/orders/0"  # main.py points this at a fresh order before each run

    def test_request_counted_once(self):
        exporter.scrape()
        self.assertEqual(handlers.get_order(self.path)["status"], 200)
        line = f'http_requests_total{{method="GET",path="{self.path}"}} 1'
        self.assertIn(line, exporter.scrape().splitlines())

    def test_scrape_is_delta(self):
        handlers.get_order(self.path)
        exporter.scrape()
        self.assertNotIn(f'path="{self.path}"}} 1', exporter.scrape())
