import io
import itertools
import unittest

import test_login
import test_profile

_ids = itertools.count()


def scenario():
    n = next(_ids)
    suite = unittest.TestSuite([
        test_login.LoginTests("test_login_tags_user", param=f"alice{n}"),
        test_login.LoginTests("test_email_domain", param=f"bob{n}"),
        test_profile.ProfileTests("test_deactivated_profile", param=f"carol{n}"),
    ])
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    return result.wasSuccessful(), len(stream.getvalue())
