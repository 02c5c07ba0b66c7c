"""Signup ingestion: JSON-lines exports in, batched deliveries to the CRM out."""
from .readers import JsonReader, MalformedRow
from .sink import delivered, write

__all__ = ["JsonReader", "MalformedRow", "delivered", "write"]
