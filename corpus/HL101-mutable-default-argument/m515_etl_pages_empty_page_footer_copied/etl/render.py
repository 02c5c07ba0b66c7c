from . import paging


def export_orders(orders, customer):
    rows = ["%(id)05d %(state)s" % o for o in orders if o["customer"] == customer]
    out = []
    for number, page in enumerate(paging.pages(rows), 1):
        page = list(page)
        page.append("-- page %d of the %s export --" % (number, customer))
        out.append("\n".join(page))
    return "\f".join(out)
