"""Order screen: each opened order gets a window of its own."""
from uikit import *


def order_window(order_id, skus):
    win = Frame(None, name=f"order{order_id}")
    Label(win, text=f"Order #{order_id}", font="bold")
    for sku in skus:
        Label(win, {"text": sku, "anchor": "w"})
    Separator(win)
    Button(win, text="Close", command=lambda: order_id)
    return win
