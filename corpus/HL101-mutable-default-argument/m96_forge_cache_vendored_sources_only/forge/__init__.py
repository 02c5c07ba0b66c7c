"""forge: a small build tool."""
