"""Webhook plugins: each module exposes handle(event)."""
