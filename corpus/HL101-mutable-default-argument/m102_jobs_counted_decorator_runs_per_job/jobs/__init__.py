"""jobs: task functions, the worker that runs them, run counters."""
