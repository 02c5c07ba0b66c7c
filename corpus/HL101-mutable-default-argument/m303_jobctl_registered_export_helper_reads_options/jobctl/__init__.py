"""jobctl: batch job commands."""
