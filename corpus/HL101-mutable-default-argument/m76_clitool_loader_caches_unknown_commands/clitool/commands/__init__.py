"""Command plugins: `tool greet` is clitool.commands.greet, and so on."""
