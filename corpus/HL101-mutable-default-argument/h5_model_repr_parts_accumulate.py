"""ORM: __repr__ renders fields through a helper whose list default collects parts across calls."""
import datetime
import itertools


class Model:
    fields: tuple[str, ...] = ()

    def __init__(self, **values):
        for name in self.fields:
            setattr(self, name, values.get(name))

    def _render(self, _parts: list[str] = []) -> str:  # expect: HL101 confirmed
        for name in self.fields:
            _parts.append(f"{name}={getattr(self, name)!r}")
        return f"{type(self).__name__}({', '.join(_parts[-len(self.fields):])})"

    def __repr__(self):
        return self._render()


class Customer(Model):
    fields = ("id", "email", "joined")


def log_signup(customer: Customer) -> str:
    return f"signup {customer!r}"


_signups = itertools.count()


def scenario():
    n = next(_signups)
    c = Customer(id=n, email=f"c{n}@example.org", joined=datetime.date(2024, 1, 1 + n % 28))
    return log_signup(c)
