"""Account tests: setUp builds users with a make_user() factory that returns a new roles list with the team-scoped member role added."""
import io
import itertools
import unittest

_users = itertools.count()


def make_user(username, team, roles=[], **fields):  # expect: HL101 refuted
    roles = [*roles, f"{team}:member"]
    return {"username": username, "team": team, "roles": roles, "active": True, **fields}


class PermissionTests(unittest.TestCase):
    def setUp(self):
        n = next(_users)
        self.user = make_user(f"user{n}", f"team-{n}", email=f"user{n}@example.test")

    def test_member_of_own_team(self):
        self.assertIn(f"{self.user['team']}:member", self.user["roles"])

    def test_member_is_not_admin(self):
        self.assertNotIn("admin", self.user["roles"])


def scenario():
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(PermissionTests)
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
    return result.testsRun, result.wasSuccessful()
