"""HTTP API suites, one generated class per endpoint."""
