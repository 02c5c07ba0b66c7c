from .pricing import currency_format, price_label

__all__ = ["currency_format", "price_label"]
