"""Response metering for a typed view layer: `metered(name)` wraps a view and
records the size of each rendered fragment under the view's name in a
`defaultdict(list)`, the decorator factory's default. The wrapper closure
appends one size per call, so the per-view list grows with every page served."""
import itertools
from collections import defaultdict
from functools import wraps
from typing import Callable, DefaultDict, List, ParamSpec

P = ParamSpec("P")
_pages = itertools.count()


def metered(name: str, sizes: DefaultDict[str, List[int]] = defaultdict(list)) -> Callable[[Callable[P, str]], Callable[P, str]]:  # expect: HL101 confirmed
    def decorate(view: Callable[P, str]) -> Callable[P, str]:
        @wraps(view)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
            body = view(*args, **kwargs)
            sizes[name].append(len(body))
            return body
        return wrapper
    return decorate


@metered("product_card")
def product_card(sku: str, price_cents: int) -> str:
    return f"<li><b>{sku}</b> {price_cents / 100:.2f} EUR</li>"


def scenario():
    n = next(_pages)
    cards = [product_card(f"SKU-{n:05d}-{i}", price_cents=n * 7 + i) for i in range(6)]
    return "<ul>%s</ul>" % "".join(cards)
