"""tracekit: spans, a traced database layer, and the views that use it."""
