"""eventkit: an event bus plus mixins and dedup backends to combine with it."""
