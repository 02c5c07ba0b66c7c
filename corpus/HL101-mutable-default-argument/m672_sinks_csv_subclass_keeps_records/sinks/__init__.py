"""sinks: record writers sharing one buffering base class."""
