"""clikit: a tiny command framework."""
