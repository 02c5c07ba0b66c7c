"""Release tooling: `parse_version` splits a MAJOR.MINOR.PATCH string and
collects problems in an `errors` list default that it returns. `errors =
errors + [...]` builds a new local list and leaves the default untouched, so
malformed tags (the scenario's carry a pre-release suffix) retain nothing."""
import itertools

_tags = itertools.count()


def parse_version(text, errors=[]):  # expect: HL101 refuted
    parts = text.split(".")
    if len(parts) != 3:
        errors = errors + [f"{text!r}: expected MAJOR.MINOR.PATCH, got {len(parts)} parts"]
    numbers = []
    for part in parts:
        if part.isdigit():
            numbers.append(int(part))
        else:
            errors = errors + [f"{text!r}: component {part!r} is not a number"]
    return tuple(numbers), errors


def check_tag(tag):
    numbers, errors = parse_version(tag.removeprefix("v"))
    return numbers if not errors else None


def scenario():
    n = next(_tags)
    return check_tag(f"v2.{n}.0-rc{n % 7}")
