"""shopapp: the shop's pages, built from webkit views and mixins."""
