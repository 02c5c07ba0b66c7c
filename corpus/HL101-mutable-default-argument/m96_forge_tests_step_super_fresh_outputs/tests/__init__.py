"""forge self-tests."""
