"""Payment checks: EitherOr gives each alternative a scratch error list, copied into the caller's
list only if both fail; decimal-text amounts pass the second, so the default list stays empty."""
import itertools

_payments = itertools.count()


class Check:
    def __init__(self, test, message):
        self.test, self.message = test, message

    def __call__(self, value, errors):
        if self.test(value):
            return True
        errors.append(f"amount: {self.message}, got {value!r}")
        return False


class EitherOr:
    def __init__(self, first, second):
        self.first, self.second = first, second

    def __call__(self, value, errors):
        scratch = []
        ok = self.first(value, scratch) or self.second(value, scratch)
        errors.extend([] if ok else scratch)
        return ok


amount_ok = EitherOr(Check(lambda v: isinstance(v, int), "expected int"),
                     Check(lambda v: str(v).replace(".", "", 1).isdigit(), "expected a decimal"))


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 13 (heaplint: unknown)
def check_payment(payload, errors=[]):  # expect: HL101 refuted
    return amount_ok(payload["amount"], errors) and not errors


def scenario():
    n = next(_payments)
    return check_payment({"id": f"pay_{n}", "amount": f"{n}.{n % 100:02d}"})
