"""Helpers shared by the pricing service."""
