"""Web shop: render() wraps the body and its default cookies dict in a
Response. The product view then records a "recently viewed" cookie by
item assignment on resp.cookies, which is the shared default dict, so one
cookie per product viewed accumulates across requests."""
import itertools


class Response:
    def __init__(self, body, cookies):
        self.body = body
        self.cookies = cookies


def render(body, cookies={}):  # expect: HL101 confirmed
    return Response(body, cookies)


def product_view(product_id):
    resp = render(f"<h1>Product {product_id}</h1>")
    resp.cookies[f"seen_{product_id}"] = "1"
    return resp


_products = itertools.count()


def scenario():
    n = next(_products)
    return len(product_view(f"P{n:07d}").cookies)
