"""Release tooling: `parse_version` splits a MAJOR.MINOR.PATCH string and
collects problems in an `errors` list default that it returns. `errors +=`
extends the list in place, so the messages for every malformed tag (the
scenario's tags carry a pre-release suffix) pile up in the shared default."""
import itertools

_tags = itertools.count()


def parse_version(text, errors=[]):  # expect: HL101 confirmed
    parts = text.split(".")
    if len(parts) != 3:
        errors += [f"{text!r}: expected MAJOR.MINOR.PATCH, got {len(parts)} parts"]
    numbers = []
    for part in parts:
        if part.isdigit():
            numbers.append(int(part))
        else:
            errors += [f"{text!r}: component {part!r} is not a number"]
    return tuple(numbers), errors


def check_tag(tag):
    numbers, errors = parse_version(tag.removeprefix("v"))
    return numbers if not errors else None


def scenario():
    n = next(_tags)
    return check_tag(f"v2.{n}.0-rc{n % 7}")
