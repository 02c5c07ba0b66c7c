"""Unit tests for the shop services."""
