"""HTTP-facing handlers."""
