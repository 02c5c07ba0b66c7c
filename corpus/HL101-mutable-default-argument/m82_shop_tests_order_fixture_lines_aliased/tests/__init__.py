"""Test-suite for shop."""
