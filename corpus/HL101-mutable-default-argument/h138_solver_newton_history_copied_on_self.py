"""Newton-Raphson solver object that keeps its iterates on `self.history`
so a `converged` property and plots can look at them. The constructor
copies the history argument with `list(history)`, so the default is only
read: each solver appends to its own list, which dies with the solver."""
import itertools

_targets = itertools.count(2)


class NewtonSolver:
    def __init__(self, f, df, tol=1e-12, history=[]):  # expect: HL101 refuted
        self.f, self.df, self.tol = f, df, tol
        self.history = list(history)

    @property
    def converged(self):
        h = self.history
        return len(h) > 1 and abs(h[-1] - h[-2]) <= self.tol * max(1.0, abs(h[-1]))

    def run(self, x0, max_iter=60):
        x = x0
        self.history.append(x)
        for _ in range(max_iter):
            x -= self.f(x) / self.df(x)
            self.history.append(x)
            if self.converged:
                break
        return x


def cube_root(c):
    return NewtonSolver(lambda x: x ** 3 - c, lambda x: 3.0 * x * x).run(max(c, 1.0))


def scenario():
    return round(cube_root(float(next(_targets)) + 0.5), 12)
