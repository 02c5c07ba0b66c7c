"""Moderation queue: a review arrives, its product page is rendered, spam is removed."""
import itertools

from cacheinv import cache
from reviews import Review

_ids = itertools.count(1)


def render_product_page(product_id):
    key = f"product:{product_id}:page"
    if key not in cache:
        cache[key] = f"<h1>Product {product_id}</h1>"
    return cache[key]


def scenario():
    n = next(_ids)
    review = Review(pk=n, product_id=n % 5, text=f"cheap pills {n} http://spam.example/{n}")
    review.save()
    html = render_product_page(review.product_id)
    if "http://" in review.text:
        review.delete()
    return len(html)
