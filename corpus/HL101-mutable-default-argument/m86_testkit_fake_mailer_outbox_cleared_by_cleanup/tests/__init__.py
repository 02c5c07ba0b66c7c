"""Test-suite for the sign-up flow."""
