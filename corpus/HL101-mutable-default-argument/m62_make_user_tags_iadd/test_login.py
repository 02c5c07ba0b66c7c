import fixtures as fx
from testcase import ParamTestCase


def record_login(user, source):
    user.tags += [f"login:{source}"]
    return user


class LoginTests(ParamTestCase):
    def setUp(self):
        self.user = fx.make_user(self.param)

    def test_login_tags_user(self):
        record_login(self.user, self.param)
        self.assertIn(f"login:{self.param}", self.user.tags)

    def test_email_domain(self):
        self.assertTrue(self.user.email.endswith("@example.test"))
