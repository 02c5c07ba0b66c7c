"""Order API: each request validates one posted order with a fresh serializer."""
import itertools

from schemas import OrderSerializer

_posts = itertools.count()


def scenario():
    n = next(_posts)
    payload = {
        "name": f"Customer {n}",
        "email": f"c{n}@example.com" if n % 4 else f"c{n}-at-example.com",
        "sku": f"SKU-{n:06d}",
        "quantity": str(n % 5),
    }
    serializer = OrderSerializer(payload)
    return serializer.validated_data if serializer.is_valid() else serializer.errors
