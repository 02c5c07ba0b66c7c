from .test_grid import BucketTests, CellTests

__all__ = ["BucketTests", "CellTests"]
