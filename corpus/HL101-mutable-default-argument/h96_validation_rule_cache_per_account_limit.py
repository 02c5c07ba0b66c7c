"""Import-job row validation: rule specs such as 'max:500' compile to predicates cached per spec; each job binds its rules, including the account's credit limit, with functools.partial."""
import functools
import itertools
import operator

_OPS = {"min": operator.ge, "max": operator.le, "len": lambda value, n: len(str(value)) <= n}


def _predicate(spec, _compiled={}):  # expect: HL101 confirmed
    try:
        return _compiled[spec]
    except KeyError:
        name, _, arg = spec.partition(":")
        op, bound = _OPS[name], int(arg)
        return _compiled.setdefault(spec, lambda value: op(value, bound))


def validate_row(row, rules):
    errors = {}
    for field, specs in rules.items():
        for spec in specs:
            if not _predicate(spec)(row.get(field)):
                errors.setdefault(field, []).append(spec)
                break
    return errors


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    limit = 1000 + n
    check = functools.partial(validate_row, rules={"amount": ("min:1", f"max:{limit}"), "memo": ("len:40",)})
    return check({"amount": n % 1500, "memo": f"invoice {n}"})
