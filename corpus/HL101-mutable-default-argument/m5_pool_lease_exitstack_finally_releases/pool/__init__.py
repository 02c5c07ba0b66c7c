from .batch import run_batch
from .leases import lease

__all__ = ["lease", "run_batch"]
