"""webstack: a small request pipeline."""
