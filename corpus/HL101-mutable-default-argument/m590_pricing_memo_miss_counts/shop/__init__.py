"""shop: pricing and the small caching helper it uses."""
