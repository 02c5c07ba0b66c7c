"""Background jobs: workers report failures through a pluggable hook."""
