"""Feed service: each tenant's feed is built as a dom tree and served with pretty()."""
import itertools

from dom import CData, Comment, Element, Text

ATOM = "http://www.w3.org/2005/Atom"

_requests = itertools.count()


def tenant_feed(tenant, entry_id, title, body):
    ext = f"urn:acme:tenant:{tenant}"
    entry = Element("entry", ATOM, [
        Element("id", ATOM, [Text(entry_id)]),
        Element("title", ATOM, [Text(title)]),
        Element("content", ATOM, [CData(body)], type="html"),
        Element("priority", ext, [Text(str(len(body)))]),
    ])
    return Element("feed", ATOM, [Comment(f"feed for {tenant}"), entry])


def scenario():
    n = next(_requests)
    body = f"<p>Order <b>{n}</b> is on its way</p>"
    feed = tenant_feed(f"t{n}", f"tag:acme.example,2024:{n}", f"Order {n} shipped", body)
    return len(feed.pretty())
