"""Test-suite for graphkit."""
