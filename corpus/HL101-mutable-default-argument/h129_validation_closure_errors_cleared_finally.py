"""Form validation: `make_validator` builds a closure from (predicate, message)
rules. Failures go into the `errors` list the closure captured, the default
one when the caller passes none; the closure returns a copy and empties the
list in `finally`, so it is empty again after every call, failing or not."""
import itertools
import re
from typing import Callable, List, Sequence, Tuple

_submissions = itertools.count()
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[a-z]{2,}")

Rule = Tuple[Callable[[str], object], str]


def make_validator(rules: Sequence[Rule], errors: List[str] = []):  # expect: HL101 refuted
    def validate(field: str, value: str) -> List[str]:
        try:
            for predicate, message in rules:
                if not predicate(value):
                    errors.append("%s %s (got %r)" % (field, message, value))
            return list(errors)
        finally:
            errors.clear()
    return validate


def scenario():
    n = next(_submissions)
    check_email = make_validator([
        (bool, "is required"),
        (EMAIL.fullmatch, "is not a valid address"),
        (lambda v: len(v) <= 64, "is too long"),
    ])
    return len(check_email("email", "user%d-at-example.com" % n))
