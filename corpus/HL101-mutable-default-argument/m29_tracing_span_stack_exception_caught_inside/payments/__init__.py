"""Payments: card charges for checkout."""
