"""shellkit: a tiny command shell with optional history."""
