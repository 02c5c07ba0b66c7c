from fixtures import *
from testcase import ParamTestCase


class ProfileTests(ParamTestCase):
    def test_deactivated_profile(self):
        user = make_user(self.param, active=False)
        self.assertRecordEqual(
            user,
            {"name": self.param, "email": f"{self.param}@example.test",
             "tags": user.tags, "active": False},
        )
