"""webapp: storefront views and their process-local page cache."""
