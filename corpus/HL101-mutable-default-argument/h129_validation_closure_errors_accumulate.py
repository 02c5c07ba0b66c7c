"""Form validation: `make_validator` builds a closure from (predicate, message)
rules. Failures go into the `errors` list the closure captured, the default
one when the caller passes none, and the closure returns a copy; nothing
empties it, so every failed submission's messages stay in the shared list."""
import itertools
import re
from typing import Callable, List, Sequence, Tuple

_submissions = itertools.count()
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}")

Rule = Tuple[Callable[[str], object], str]


def make_validator(rules: Sequence[Rule], errors: List[str] = []):  # expect: HL101 confirmed
    def validate(field: str, value: str) -> List[str]:
        for predicate, message in rules:
            if not predicate(value):
                errors.append("%s %s (got %r)" % (field, message, value))
        return list(errors)
    return validate


def scenario():
    n = next(_submissions)
    check_email = make_validator([
        (bool, "is required"),
        (EMAIL.fullmatch, "is not a valid address"),
        (lambda v: len(v) <= 64, "is too long"),
    ])
    return len(check_email("email", "user%d-at-example.com" % n))
