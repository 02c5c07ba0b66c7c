"""Request tracing: `span()` pushes a name onto its default stack and pops it after the `yield`,
with no try/finally. `load_profile` writes `with span(...), suppress(KeyError)`: a missing
profile is swallowed by suppress inside the span, so span() resumes normally after the `yield`
and pops its name."""
import contextlib
import itertools


@contextlib.contextmanager
def span(name, _stack=[]):  # expect: HL101 refuted
    _stack.append(name)
    yield "/".join(_stack)
    _stack.pop()


PROFILES = {"u1": {"plan": "pro"}, "u2": {"plan": "free"}}


def load_profile(user_id, request_id):
    profile, name = {"plan": "anonymous", "trace": None}, f"load_profile {user_id} {request_id}"
    with span(name) as path, contextlib.suppress(KeyError):
        profile = dict(PROFILES[user_id], trace=path)
    return profile


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return load_profile(("u1", "guest", "u2", "anon")[n % 4], f"req-{n}")
