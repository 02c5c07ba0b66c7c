from .mixins import TreeWalkMixin
