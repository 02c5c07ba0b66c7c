"""Tests for the stock service."""
