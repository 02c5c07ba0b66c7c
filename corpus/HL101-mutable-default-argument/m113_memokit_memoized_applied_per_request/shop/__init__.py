"""shop: pricing on top of memokit."""
