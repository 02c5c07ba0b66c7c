"""deploycli: option parsing (options) and the deploy command (commands)."""
