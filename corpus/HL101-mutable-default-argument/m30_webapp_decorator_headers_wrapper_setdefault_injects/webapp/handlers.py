from .middleware import with_request_id
from .render import html_page


@with_request_id
def product_page(path, headers={}):  # expect: HL101 refuted
    slug = path.rsplit("/", 1)[-1]
    headers.setdefault("link", []).append(f"</static/{slug}.css>; rel=preload")
    body = html_page(slug.replace("-", " ").title(), headers)
    return 200, headers, body
