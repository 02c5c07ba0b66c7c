"""shopcalc: pricing rules, the memo decorator they use, and checkout."""
