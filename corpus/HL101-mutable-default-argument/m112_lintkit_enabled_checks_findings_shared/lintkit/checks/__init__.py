"""lintkit.checks: one check plugin per module, each defining `Check`."""
