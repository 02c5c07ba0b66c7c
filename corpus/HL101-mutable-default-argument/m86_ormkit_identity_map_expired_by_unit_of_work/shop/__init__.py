"""The shop application's data layer."""
