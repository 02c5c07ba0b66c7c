"""UI labels: a dict subclass default whose __missing__ derives a label without storing it."""
import itertools


class Labels(dict):
    def __missing__(self, code):
        return code.replace("_", " ").title()


def status_label(code, labels=Labels(ok="OK", err="Error")):  # expect: HL101 refuted
    return labels[code]


def render_badge(order):
    return f"[{status_label(order['status'])}] #{order['id']}"


_orders = itertools.count()


def scenario():
    n = next(_orders)
    return render_badge({"id": n, "status": f"awaiting_payment_{n}"})
