"""Billing test-suite."""
