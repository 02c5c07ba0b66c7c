"""Tests for statkit."""
