import unittest

import todocli


class TodoTests(unittest.TestCase):
    tag = "t0"  # main.py sets a fresh tag before each run

    def setUp(self):
        self.store = []

    def test_add_with_tag_and_priority(self):
        item = todocli.run(["add", f"--tag={self.tag}", "--priority=1", "buy", "milk"], self.store)
        self.assertEqual((item["tag"], item["priority"]), (self.tag, 1))
        self.assertEqual(item["text"], "buy milk")

    def test_done_marks_item(self):
        todocli.run(["add", "water", "plants"], self.store)
        todocli.run(["done", "0"], self.store)
        self.assertTrue(self.store[0]["done"])
