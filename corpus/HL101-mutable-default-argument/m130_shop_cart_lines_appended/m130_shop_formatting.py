"""Receipt text."""
import m130_shop_config as config


def money(amount):
    return f"{amount:.2f} {config.get('currency')}"


def receipt(order_id, amount):
    return f"order {order_id}: {money(amount)}"
