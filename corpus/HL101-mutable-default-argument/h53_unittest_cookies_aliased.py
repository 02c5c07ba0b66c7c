"""Base TestCase for an HTTP client: logs in a fake user before each test."""
import itertools
import unittest

_ids = itertools.count()


class FakeSession:
    def __init__(self, user, cookies):
        self.user = user
        self.cookies = cookies

    def get(self, path):
        if "sessionid" not in self.cookies and not path.startswith("/public"):
            return 401, ""
        return 200, "ok:%s" % path


class AuthenticatedTestCase(unittest.TestCase):
    def login(self, username, cookies={}):  # expect: HL101 confirmed
        self.cookies = cookies
        self.cookies.setdefault("sessionid", "s-" + username)
        self.session = FakeSession(username, self.cookies)

    def remember_csrf(self, token):
        self.cookies["csrftoken-" + token[-8:]] = token


class ProfileTests(AuthenticatedTestCase):
    def setUp(self):
        self.login("user%d" % next(_ids))

    def test_profile(self):
        self.remember_csrf("tok%08d" % next(_ids))
        status, body = self.session.get("/profile")
        self.assertEqual(status, 200)
        self.assertTrue(body.endswith("/profile"))


def scenario():
    ProfileTests("test_profile").debug()
