import itertools

from templates import render

_mails = itertools.count()


def scenario():
    n = next(_mails)
    footer = f"Ref {n:08d} - reply to support+{n}@shop.example"
    return render("Hello {name},\nyour order {order} has shipped.\n" + footer, {"name": f"user{n}", "order": n})
