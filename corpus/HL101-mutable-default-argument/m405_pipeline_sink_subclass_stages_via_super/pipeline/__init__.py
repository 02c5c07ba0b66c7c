"""pipeline: record sinks for the export jobs."""
