"""A tiny development server with pluggable response hooks."""
