"""Contact import: each row is validated by `check_row(row, **options)`, which
forwards its options to the field checks. `check_unique()` remembers values in
its `seen` set default; rows arrive one request at a time and no caller passes
`seen`, so every address ever imported stays in the set."""
import itertools

_imports = itertools.count()


def check_unique(value, field, seen=set(), case_sensitive=False):  # expect: HL101 confirmed
    key = value if case_sensitive else value.casefold()
    if key in seen:
        return "%s %r is a duplicate" % (field, value)
    seen.add(key)
    return None


def check_required(value, field, **_):
    return None if value.strip() else "%s is required" % field


def check_row(row, **options):
    problems = {}
    for field, checks in (("name", [check_required]), ("email", [check_required, check_unique])):
        for check in checks:
            problem = check(row.get(field, ""), field, **options)
            if problem:
                problems[field] = problem
                break
    return problems


def scenario():
    n = next(_imports)
    return check_row({"name": "Contact %d" % n, "email": "User%d@Example.org" % n}, case_sensitive=False)
