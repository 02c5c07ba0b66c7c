"""Tests for plotkit."""
