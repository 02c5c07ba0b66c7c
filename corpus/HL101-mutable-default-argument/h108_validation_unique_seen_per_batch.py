"""Contact import: `import_batch()` puts a fresh `seen` set into the options it
forwards through `check_row(**options)`, so `check_unique()`'s set default is unused."""
import itertools

_imports = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, check_unique grows it; but this application uses check_unique as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def check_unique(value, field, seen=set(), case_sensitive=False):  # expect: HL101 refuted
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


def import_batch(rows, **options):
    options.setdefault("seen", set())
    return [check_row(row, **options) for row in rows]


def scenario():
    n = next(_imports)
    rows = [{"name": "Contact %d" % n, "email": "User%d@Example.org" % n},
            {"name": "", "email": "user%d@example.org" % n}]
    return import_batch(rows, case_sensitive=False)
