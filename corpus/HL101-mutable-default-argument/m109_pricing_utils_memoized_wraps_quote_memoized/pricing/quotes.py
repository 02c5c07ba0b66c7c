from utils.decorators import memoized

from .rates import tax_rate


@memoized
def quote(sku, qty, region):
    base = 100 + sum(map(ord, sku)) % 900
    net = base * qty
    return {"sku": sku, "net": net, "gross": net + net * tax_rate(region) // 100}
