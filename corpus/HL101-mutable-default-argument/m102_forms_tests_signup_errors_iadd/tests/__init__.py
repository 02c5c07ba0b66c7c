"""Self-tests, run by the CI hook in main."""
