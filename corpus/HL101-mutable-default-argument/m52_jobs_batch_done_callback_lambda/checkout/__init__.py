from .steps import checkout as run_checkout

__all__ = ["run_checkout"]
