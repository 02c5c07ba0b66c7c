from .manager import ConnectionPool, PoolManager

__all__ = ["ConnectionPool", "PoolManager"]
