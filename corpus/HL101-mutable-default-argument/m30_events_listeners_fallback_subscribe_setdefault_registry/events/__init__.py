"""In-process event bus: topics map to lists of handler callables."""
