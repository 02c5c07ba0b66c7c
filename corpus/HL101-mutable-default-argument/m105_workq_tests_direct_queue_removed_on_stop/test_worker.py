"""workq's own tests: each test gets a fresh app and a worker of its own."""
import itertools
import unittest

from workq import App, Worker

_hosts = itertools.count(1)


def add(x, y):
    return x + y


class DirectQueueTests(unittest.TestCase):
    def setUp(self):
        self.n = next(_hosts)
        self.app = App("proj")
        self.app.task(add)
        self.worker = Worker(self.app, hostname=f"worker{self.n}@ci")
        self.addCleanup(self.worker.stop)

    def test_direct_queue_reaches_this_worker(self):
        self.app.send_task("add", (self.n, 40), queue=self.worker.direct_queue)
        self.assertEqual(self.worker.run_once(), self.n + 40)
        self.assertIsNone(self.worker.run_once())
