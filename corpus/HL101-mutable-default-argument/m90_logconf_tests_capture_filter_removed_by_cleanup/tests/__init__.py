"""Tests for logconf."""
