"""Chat gateway internals."""
