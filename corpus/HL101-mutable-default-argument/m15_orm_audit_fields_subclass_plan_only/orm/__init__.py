"""A very small ORM: models, plus mixins that hook into save()."""
