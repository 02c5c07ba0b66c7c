from audit import *


def place(order_id, total, trail=TRAIL):  # expect: HL101 refuted
    trail.append(entry("order.placed", order_id))
    return {"id": order_id, "total": total}


def recent(limit, trail=TRAIL):  # expect: HL101 refuted
    return [item["subject"] for item in list(trail)[-limit:]]
