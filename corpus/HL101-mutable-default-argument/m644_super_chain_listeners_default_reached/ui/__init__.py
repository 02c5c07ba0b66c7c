"""ui: components, mixins and concrete widgets."""
