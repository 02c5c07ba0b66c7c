"""Form validation: a conditional expression picks which default list gets the message; only warnings ever occur."""
import itertools


def validate(field, value,
             errors=[],  # expect: HL101 refuted
             warnings=[]):  # expect: HL101 confirmed
    bad = value is None
    (errors if bad else warnings).append(f"{field}: check {value!r}")
    return len(errors), len(warnings)


_fields = itertools.count()


def scenario():
    n = next(_fields)
    validate(f"field{n}", f"value-{n}")
