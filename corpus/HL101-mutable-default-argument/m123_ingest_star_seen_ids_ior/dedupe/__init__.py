"""dedupe: helpers for dropping events already handled."""
