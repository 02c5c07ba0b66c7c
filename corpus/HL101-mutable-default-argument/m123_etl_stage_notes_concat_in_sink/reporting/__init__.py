"""reporting: where stage warnings are written."""
