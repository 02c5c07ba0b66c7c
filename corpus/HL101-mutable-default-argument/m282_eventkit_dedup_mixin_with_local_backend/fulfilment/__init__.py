"""fulfilment: shipping and its events."""
