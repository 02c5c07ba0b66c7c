"""Shop front: a shipping estimate renders an empty Quote for the visitor's
postcode with only the shipping line on it."""
import itertools

from billing.quote import Quote
from billing.render import render_total

_visits = itertools.count()


def scenario():
    n = next(_visits)
    quote = Quote(f"visit-{n}", postcode=f"{10000 + n}")
    return render_total(quote, shipping=4.5 + n % 9)
