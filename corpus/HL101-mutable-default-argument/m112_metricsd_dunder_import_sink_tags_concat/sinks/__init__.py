"""sinks: one module per metrics wire format."""
