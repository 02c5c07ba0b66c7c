"""Form library: builds one validator closure per field and keeps them in a default list."""
import itertools


def build_validators(fields, validators=[]):  # expect: HL101 confirmed
    for field, limit in fields.items():
        def check(value, field=field, limit=limit):
            return len(value) <= limit or f"{field} too long"
        validators.append(check)
    return validators[-len(fields):]


_forms = itertools.count()


def scenario():
    n = next(_forms)
    checks = build_validators({f"name_{n}": 20, f"bio_{n}": 200})
    [check("x" * (n % 30)) for check in checks]
