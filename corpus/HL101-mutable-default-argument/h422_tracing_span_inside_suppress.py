"""Request tracing: `span()` pushes a name onto its default stack and pops it after the `yield`,
with no try/finally. `load_profile` writes `with suppress(KeyError), span(...)`: a missing
profile raises inside the span, leaves span() at the `yield` (skipping the pop), and only then
is swallowed by suppress, so the span name stays on the stack."""
import contextlib
import itertools


@contextlib.contextmanager
def span(name, _stack=[]):  # expect: HL101 confirmed
    _stack.append(name)
    yield "/".join(_stack)
    _stack.pop()


PROFILES = {"u1": {"plan": "pro"}, "u2": {"plan": "free"}}


def load_profile(user_id, request_id):
    profile, name = {"plan": "anonymous", "trace": None}, f"load_profile {user_id} {request_id}"
    with contextlib.suppress(KeyError), span(name) as path:
        profile = dict(PROFILES[user_id], trace=path)
    return profile


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return load_profile(("u1", "guest", "u2", "anon")[n % 4], f"req-{n}")
