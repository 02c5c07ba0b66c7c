"""Sheet-wide constants every formula may refer to."""
DEFAULTS = {"vat": 0.2, "currency_places": 2}
