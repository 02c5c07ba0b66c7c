"""Cursor-paginated changes feed client."""
