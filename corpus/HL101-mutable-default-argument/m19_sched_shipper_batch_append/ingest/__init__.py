"""Metric ingestion: points are shipped by timer callbacks."""
from .shipper import Shipper

__all__ = ["Shipper"]
