"""Clinic test-suite."""
