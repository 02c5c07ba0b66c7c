import itertools

from catalog.repos import BudgetedRepository

_repo = BudgetedRepository({"sku-0": "Widget"}, budget=25)
_ids = itertools.count()


def scenario():
    n = next(_ids)
    return _repo.lookup(f"sku-{n}")
