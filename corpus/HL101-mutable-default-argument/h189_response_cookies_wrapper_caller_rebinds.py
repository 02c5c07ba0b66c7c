"""Web shop: render() wraps the body and its default cookies dict in a
Response. The product view records a "recently viewed" cookie by rebinding
resp.cookies to a merged new dict, so the shared default dict itself is
never written and stays empty."""
import itertools


class Response:
    def __init__(self, body, cookies):
        self.body = body
        self.cookies = cookies


def render(body, cookies={}):  # expect: HL101 refuted
    return Response(body, cookies)


def product_view(product_id):
    resp = render(f"<h1>Product {product_id}</h1>")
    resp.cookies = {**resp.cookies, f"seen_{product_id}": "1"}
    return resp


_products = itertools.count()


def scenario():
    n = next(_products)
    return len(product_view(f"P{n:07d}").cookies)
