"""telemetry: event sinks, the record() entry point, and the shop flows."""
