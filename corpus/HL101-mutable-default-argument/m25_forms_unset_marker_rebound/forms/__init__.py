"""Form field cleaning."""
