"""One module per output format, each with render(rows)."""
