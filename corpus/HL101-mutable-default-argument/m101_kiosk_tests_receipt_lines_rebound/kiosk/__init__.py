"""kiosk: self-checkout; the till loads on the first sale."""
__all__ = ["checkout"]


def checkout(basket, **options):
    from .till import checkout as _checkout

    return _checkout(basket, **options)
