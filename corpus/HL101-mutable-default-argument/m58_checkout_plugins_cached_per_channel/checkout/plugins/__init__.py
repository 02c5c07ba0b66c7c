from .adjustments import MemberDiscount, Shipping

__all__ = ["MemberDiscount", "Shipping"]
