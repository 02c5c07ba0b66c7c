"""forms: schema base class and a factory for dynamic schemas."""
