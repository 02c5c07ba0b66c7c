"""accounts: models built from shared mixins."""
