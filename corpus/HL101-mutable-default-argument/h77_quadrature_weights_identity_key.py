"""Composite quadrature: the weight table of a (rule, panels) integrator is built once and reused across integrals."""
import dataclasses
import enum
import itertools
import math


class Rule(enum.Enum):
    TRAPEZOID = "trapezoid"
    SIMPSON = "simpson"


@dataclasses.dataclass(frozen=True, eq=False)
class Integrator:
    rule: Rule
    panels: int

    def weights(self, _tables={}):  # expect: HL101 confirmed
        if self not in _tables:
            n = self.panels
            if self.rule is Rule.SIMPSON:
                raw = [1.0] + [4.0 if i % 2 else 2.0 for i in range(1, n)] + [1.0]
                _tables[self] = [w / 3.0 for w in raw]
            else:
                _tables[self] = [0.5] + [1.0] * (n - 1) + [0.5]
        return _tables[self]

    def integrate(self, f, a, b):
        h = (b - a) / self.panels
        return h * math.fsum(w * f(a + i * h) for i, w in enumerate(self.weights()))


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    integrator = Integrator(Rule.SIMPSON if n % 2 else Rule.TRAPEZOID, 2 * (1 + n % 4))
    a = n * 0.003
    return integrator.integrate(math.exp, a, a + 1.0)
