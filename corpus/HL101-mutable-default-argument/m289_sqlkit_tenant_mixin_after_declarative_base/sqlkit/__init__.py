"""sqlkit: declarative models with SQLAlchemy-style class-level table args."""
