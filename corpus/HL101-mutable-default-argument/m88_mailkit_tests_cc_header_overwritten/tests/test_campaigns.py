import unittest

import campaigns


class AnnounceTests(unittest.TestCase):
    recipient = "first@example.test"  # main.py sets fresh addresses before each run
    manager = "am1@example.test"
    issue = 1

    def test_manager_copied(self):
        msg, _ = campaigns.announce(self.recipient, self.manager, self.issue)
        self.assertIn(self.manager, msg["headers"]["Cc"])

    def test_subject_names_issue(self):
        _, block = campaigns.announce(self.recipient, self.manager, self.issue)
        self.assertIn(f"Subject: What's new in issue {self.issue}", block)
        self.assertIn(f"To: {self.recipient}", block)
