"""Nightly job: fit a count model on one store's freshly exported features."""
import itertools

import glm

_stores = itertools.count()


def scenario():
    n = next(_stores)
    rows = [{f"visits_{n}": i + n % 7, f"promo_{n}": i % 2, "sales": 3 * i + 1} for i in range(6)]
    model = glm.create("poisson", max_iter=50).fit(rows, "sales")
    return round(model.predict({f"visits_{n}": 0.1, f"promo_{n}": 0.0}), 3)
