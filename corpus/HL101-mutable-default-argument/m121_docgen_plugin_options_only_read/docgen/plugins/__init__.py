"""Page plugins, applied in the order docgen.loader lists them."""
