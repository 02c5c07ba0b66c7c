"""Import-job row validation: rule specs such as 'max:500' compile to predicates cached per spec; each job binds the table's fixed rules with functools.partial and checks the account's credit limit separately."""
import functools
import itertools
import operator

_OPS = {"min": operator.ge, "max": operator.le, "len": lambda value, n: len(str(value)) <= n}
TABLE_RULES = {"amount": ("min:1", "max:5000"), "memo": ("len:40",)}


def _predicate(spec, _compiled={}):  # expect: HL101 refuted
    try:
        return _compiled[spec]
    except KeyError:
        name, _, arg = spec.partition(":")
        op, bound = _OPS[name], int(arg)
        return _compiled.setdefault(spec, lambda value: op(value, bound))


def validate_row(row, rules, limit):
    errors = {"amount": [f"over limit {limit}"]} if row.get("amount", 0) > limit else {}
    for field, specs in rules.items():
        for spec in specs:
            if not _predicate(spec)(row.get(field)):
                errors.setdefault(field, []).append(spec)
                break
    return errors


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    check = functools.partial(validate_row, rules=TABLE_RULES, limit=1000 + n)
    return check({"amount": n % 1500, "memo": f"invoice {n}"})
