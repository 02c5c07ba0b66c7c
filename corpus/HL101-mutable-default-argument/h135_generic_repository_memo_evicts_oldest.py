"""Generic read-through repository: `Repository[K, V]` wraps a loader and
memoises rows in the dict given to `__init__`, keyed by (table, key). Every
repository shares the default dict, but `get` evicts the oldest row once it
holds `MAX_ROWS`, so the memo stays at a fixed size however many ids pass."""
import itertools
from typing import Callable, Dict, Generic, Hashable, Iterable, List, Tuple, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
_requests = itertools.count()
MAX_ROWS = 64


class Repository(Generic[K, V]):
    def __init__(self, table: str, loader: Callable[[K], V], memo: Dict[Tuple[str, K], V] = {}) -> None:  # expect: HL101 refuted
        self.table, self._loader, self._memo = table, loader, memo

    def get(self, key: K) -> V:
        slot = (self.table, key)
        if slot not in self._memo:
            if len(self._memo) >= MAX_ROWS:
                del self._memo[next(iter(self._memo))]
            self._memo[slot] = self._loader(key)
        return self._memo[slot]

    def get_many(self, keys: Iterable[K], by: Callable[[V], float]) -> List[V]:
        return sorted((self.get(k) for k in keys), key=by, reverse=True)


def load_order(order_id: int) -> dict:
    return {"id": order_id, "total": (order_id * 37) % 1000 / 10}


def scenario():
    n = next(_requests)
    orders: Repository[int, dict] = Repository("orders", load_order)
    top = orders.get_many(range(10_000 + n * 3, 10_003 + n * 3), by=lambda row: row["total"])
    return "%(id)d: %(total).2f" % top[0]
