"""Warehouse inventory models."""
