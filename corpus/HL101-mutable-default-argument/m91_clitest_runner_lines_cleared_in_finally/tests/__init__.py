"""Tests for the greet command line."""
