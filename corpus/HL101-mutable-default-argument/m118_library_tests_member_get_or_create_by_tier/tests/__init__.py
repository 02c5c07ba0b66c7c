"""Library test-suite."""
