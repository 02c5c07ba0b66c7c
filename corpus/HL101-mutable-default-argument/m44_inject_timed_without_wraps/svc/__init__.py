from .handlers import transfer as transfer_funds

__all__ = ["transfer_funds"]
