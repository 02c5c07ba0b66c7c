"""Storefront pricing: a bundle costs its own price plus its parts, and
parts may be bundles themselves. The recursive pricer memoises each SKU's
cost in a dict default that persists across top-level calls; every seasonal
catalogue brings new SKUs, so the costs of all SKUs ever priced stay."""
import itertools

_ids = itertools.count()


def bundle_cost(sku, catalog, memo={}, depth=0):  # expect: HL101 confirmed
    if depth > 20:
        raise ValueError(f"bundle nesting too deep at {sku}")
    if sku in memo:
        return memo[sku]
    item = catalog[sku]
    cost = item.get("price", 0) + sum(
        qty * bundle_cost(part, catalog, memo, depth + 1) for part, qty in item.get("parts", ()))
    memo[sku] = cost
    return cost


def catalog_for(season):
    return {
        f"{season}-camping-kit": {"parts": [(f"{season}-tent", 1), (f"{season}-pegs", 12)]},
        f"{season}-tent": {"price": 120, "parts": [(f"{season}-pole", 4)]},
        f"{season}-pegs": {"price": 1},
        f"{season}-pole": {"price": 8},
    }


def scenario():
    season = f"season{next(_ids)}"
    return bundle_cost(f"{season}-camping-kit", catalog_for(season))
