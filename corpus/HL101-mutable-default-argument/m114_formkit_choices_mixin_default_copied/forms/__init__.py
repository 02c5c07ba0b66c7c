"""forms: the site's forms, built from formkit fields."""
