import itertools

from checks.runner import run_case
from suite.test_accounts import AccountTests

_ids = itertools.count()


def scenario():
    n = next(_ids)
    result = run_case(AccountTests, f"user{n}")
    return result["passed"], len(result["failures"])
