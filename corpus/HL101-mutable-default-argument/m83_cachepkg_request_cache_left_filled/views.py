"""Storefront views."""
import pricing
from cachepkg import request_cache


@request_cache
def product_page(request, sku):
    price = pricing.price_for(request, sku)
    related = [(other, pricing.price_for(request, other)) for other in pricing.related(sku)]
    badge = "deal" if pricing.price_for(request, sku) < 500 else ""
    return {
        "sku": sku,
        "price": price,
        "badge": badge,
        "related": related,
        "cache_hits": request["cache"].hits,
    }
