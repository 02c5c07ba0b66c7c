import io
import itertools
import unittest

import tenants
import tests.test_config

_ids = itertools.count()


def scenario():
    n = next(_ids)
    config = tenants.tenant_config(f"tenant-{n}", [f"beta-{n}", "reports"])
    tests.test_config.TenantConfigTests.tenant = f"qa-tenant-{n}"
    loader = unittest.TestLoader()
    suite = loader.loadTestsFromModule(tests.test_config)
    result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=2).run(suite)
    return config["tenant"], result.testsRun, result.wasSuccessful()
