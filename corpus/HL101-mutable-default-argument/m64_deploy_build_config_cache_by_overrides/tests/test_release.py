import unittest

from deploy import release
from deploy.config import build_config


class ReleasePlanTests(unittest.TestCase):
    version = "v0.0.0"

    def setUp(self):
        self.config = build_config("staging")
        self.plan = release.plan_release("staging", self.version)

    def test_plan_uses_version(self):
        self.assertTrue(all(step.endswith(":" + self.version) for step in self.plan))

    def test_one_step_per_replica(self):
        self.assertEqual(len(self.plan), self.config["replicas"])

    def test_default_tag(self):
        self.assertEqual(self.config["image_tag"], "latest")
