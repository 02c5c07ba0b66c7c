"""Report jobs built on chartkit."""
