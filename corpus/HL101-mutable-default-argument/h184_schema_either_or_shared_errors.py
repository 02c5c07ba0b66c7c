"""Payment payload checks built from composable validators. EitherOr tries
the first alternative and falls back to the second, handing both the
caller's error list; amounts sent as decimal text fail is_int first, so its
complaint lands in the shared default list even though the value passes."""
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
        return self.first(value, errors) or self.second(value, errors)


amount_ok = EitherOr(Check(lambda v: isinstance(v, int), "expected int"),
                     Check(lambda v: str(v).replace(".", "", 1).isdigit(), "expected a decimal"))


def check_payment(payload, errors=[]):  # expect: HL101 confirmed
    return amount_ok(payload["amount"], errors) and not errors


def scenario():
    n = next(_payments)
    return check_payment({"id": f"pay_{n}", "amount": f"{n}.{n % 100:02d}"})
