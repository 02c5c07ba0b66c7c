"""exporters: render metric samples in several wire formats."""
