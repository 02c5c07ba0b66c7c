"""Product pages: names come from the catalog, else from the product feed."""
from ..l10n import get_catalog
from . import route


@route("/product")
def product_page(request):
    catalog = get_catalog(request["locale"])
    product = request["product"]
    key = f"product.{product['sku']}.name"
    name = catalog.get(key, product["feed_name"])
    return f"<h1>{name}</h1><a href='/cart'>{catalog['cart.title']}</a>"
