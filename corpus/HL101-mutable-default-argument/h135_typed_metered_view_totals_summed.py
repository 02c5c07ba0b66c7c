"""Response metering for a typed view layer: `metered(name)` wraps a view and
adds the size of each rendered fragment to a per-view total in a
`defaultdict(int)`, the decorator factory's default. The wrapper closure
updates it on every call, but there is one key per decorated view and the
total is replaced by a new int, so the default never grows."""
import itertools
from collections import defaultdict
from functools import wraps
from typing import Callable, DefaultDict, ParamSpec

P = ParamSpec("P")
_pages = itertools.count()


def metered(name: str, totals: DefaultDict[str, int] = defaultdict(int)) -> Callable[[Callable[P, str]], Callable[P, str]]:  # expect: HL101 refuted
    def decorate(view: Callable[P, str]) -> Callable[P, str]:
        @wraps(view)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> str:
            body = view(*args, **kwargs)
            totals[name] += len(body)
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
