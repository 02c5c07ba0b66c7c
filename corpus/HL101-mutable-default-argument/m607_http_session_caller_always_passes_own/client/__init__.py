"""HTTP client helpers."""
