"""Test helpers: each collected test module builds a `FixtureRegistry` and
declares fixtures with `@registry.fixture` into the shared dict default; a
redefinition replaces the factory under its name, so nothing accumulates."""
import itertools

_runs = itertools.count()


class FixtureRegistry:
    def __init__(self, factories={}):  # expect: HL101 refuted
        self.factories = factories

    def fixture(self, func=None, *, name=None):
        if func is None:
            return lambda f: self.fixture(f, name=name)
        self.factories[name or func.__name__] = func
        return func

    def run(self, test):
        params = test.__code__.co_varnames[:test.__code__.co_argcount]
        return test(**{p: self.factories[p]() for p in params})


def collect_module(run_id):
    registry = FixtureRegistry()

    @registry.fixture(name="user")
    def make_user():
        return {"name": f"user{run_id}", "roles": ["viewer"]}

    def test_new_user_is_viewer(user):
        assert user["roles"] == ["viewer"], user
        return user["name"]

    return registry, test_new_user_is_viewer


def scenario():
    registry, test = collect_module(next(_runs))
    return registry.run(test)
