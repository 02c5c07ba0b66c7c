"""Class-based views; subclasses extend the context through super()."""
