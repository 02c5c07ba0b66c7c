"""Unit tests for the search package."""
