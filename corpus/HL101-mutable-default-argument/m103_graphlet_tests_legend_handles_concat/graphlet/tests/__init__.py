"""graphlet's own test-suite."""
