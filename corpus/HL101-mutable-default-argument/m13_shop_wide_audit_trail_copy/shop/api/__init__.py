"""HTTP-facing layer."""
