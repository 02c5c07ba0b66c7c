"""Newton-Raphson root finding that keeps an iteration trace for convergence diagnostics."""
import collections
import dataclasses
import itertools


@dataclasses.dataclass(frozen=True)
class RootResult:
    root: float
    iterations: int
    converged: bool


def newton(f, fprime, x0, tol=1e-12, maxiter=50, *,
           trace=collections.deque()):  # expect: HL101 confirmed
    x = x0
    for i in range(1, maxiter + 1):
        fx = f(x)
        step = fx / fprime(x)
        trace.append((i, x, fx))
        x -= step
        if abs(step) < tol * max(1.0, abs(x)):
            return RootResult(x, i, True)
    return RootResult(x, maxiter, False)


def recent_residuals(k=5):
    trace = newton.__kwdefaults__["trace"]
    return [abs(fx) for _, _, fx in list(trace)[-k:]]


_targets = itertools.count(2)


def scenario():
    a = float(next(_targets))
    result = newton(lambda x: x * x - a, lambda x: 2.0 * x, a)
    return result.root, recent_residuals(3)
