"""Permission tests: setUp builds a user with make_user() and each test checks group access."""
import itertools
import unittest

_ids = itertools.count()

GROUP_PERMISSIONS = {
    "staff": ("view_report",),
    "editors": ("edit_page", "view_report"),
}


class User:
    def __init__(self, username, groups):
        self.username = username
        self.groups = groups

    def can(self, permission):
        return any(permission in GROUP_PERMISSIONS.get(g, ()) for g in self.groups)


def make_user(username, groups=["staff"]):  # expect: HL101 confirmed
    groups.append("personal:" + username)
    return User(username, groups)


class PermissionTests(unittest.TestCase):
    def setUp(self):
        self.user = make_user("user%d" % next(_ids))

    def test_staff_can_view_report(self):
        self.assertTrue(self.user.can("view_report"))

    def test_staff_cannot_edit(self):
        self.assertFalse(self.user.can("edit_page"))


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(PermissionTests).run(result)
    return result.testsRun
