"""forms: field cleaning for the signup page."""
