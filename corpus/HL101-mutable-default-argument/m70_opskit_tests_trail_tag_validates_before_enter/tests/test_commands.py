import itertools
import unittest

import opskit

_runs = itertools.count()


class CommandTests(unittest.TestCase):
    def setUp(self):
        n = next(_runs)
        self.service = f"billing-{n}"
        self.build = str(1000 + n)

    def test_deploy_reports_build(self):
        code, out = opskit.main(["deploy", f"--service={self.service}", f"--build={self.build}"])
        self.assertEqual(code, 0)
        self.assertIn(self.build, out)

    def test_tag_rejects_bare_version(self):
        code, out = opskit.main(["tag", f"--service={self.service}", f"--version={self.build}"])
        self.assertEqual(code, 2)
        self.assertIn(self.service, out)

    def test_unknown_command_shows_usage(self):
        code, out = opskit.main(["tagg", f"--service={self.service}"])
        self.assertEqual(code, 2)
        self.assertIn("deploy,tag", out)
