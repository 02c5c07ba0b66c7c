"""Resource helpers; each module wraps one collection of the API."""
