"""Runtime settings, built once from the constants."""
import m130_shop_constants as const

SETTINGS = {
    "currency": const.CURRENCY,
    "tax_rate": const.TAX_RATE,
    "max_qty": const.MAX_QTY,
}


def get(key):
    return SETTINGS[key]
