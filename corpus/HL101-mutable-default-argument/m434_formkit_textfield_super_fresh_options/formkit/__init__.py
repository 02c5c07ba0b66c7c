"""formkit: HTML form widgets."""
