"""Test helpers: `SoftAssertions` collects failed checks and raises one
AssertionError listing them when the block ends. `__exit__` empties its
shared failures list default only on the passing path, so messages stay."""
import itertools

_cases = itertools.count()


class SoftAssertions:
    def __init__(self, failures=[]):  # expect: HL101 confirmed
        self.failures = failures

    def __enter__(self):
        return self

    def equal(self, actual, expected, what):
        if actual != expected:
            self.failures.append(f"{what}: expected {expected!r}, got {actual!r}")

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None and self.failures:
            raise AssertionError("\n".join(self.failures))
        self.failures.clear()


def check_profile(response, user_id):
    with SoftAssertions() as soft:
        soft.equal(response["body"]["id"], user_id, "id")
        soft.equal(response["body"]["plan"], "free", "plan")


def scenario():
    n = next(_cases)
    response = {"status": 200, "body": {"id": n, "plan": f"trial-{n}"}}
    try:
        return check_profile(response, n)
    except AssertionError as err:
        return str(err).count("\n") + 1
