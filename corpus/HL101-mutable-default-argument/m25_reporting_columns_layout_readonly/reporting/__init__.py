"""Plain-text table rendering for admin exports."""
