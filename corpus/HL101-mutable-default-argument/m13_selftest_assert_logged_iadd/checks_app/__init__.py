"""Smoke checks for the billing service."""
