import io
import itertools
import unittest

import notify.welcome as welcome
from tests.test_welcome import WelcomeEmailTests

_ids = itertools.count()


def scenario():
    n = next(_ids)
    relayed = []
    user = welcome.signup(f"user{n}", relayed.append)
    WelcomeEmailTests.name = f"qa{n}"
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(WelcomeEmailTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return user["email"], len(relayed), result.wasSuccessful()
