"""Public site: each request is one sign-up followed by a short onboarding survey."""
import itertools

import signup
from surveys import answer

_requests = itertools.count(1)
_QUESTIONS = (
    {"key": "team_size", "kind": "number", "required": True},
    {"key": "source", "kind": "text"},
)


def scenario():
    n = next(_requests)
    account = signup.signup({"email": f"user{n}@example.org", "age": str(20 + n % 50), "plan": "pro"})
    survey = answer(_QUESTIONS, {"team_size": str(n % 40), "source": f"ad-{n}"})
    return account["ok"], survey
